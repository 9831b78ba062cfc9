# keyword arguments to builtins
print(sorted([3, 1], reverse=True), int("10", base=2), print("x", end="!\n", sep="") or "done")
for call in [lambda: len(obj=[1]), lambda: sorted([1], key=None, rev=True), lambda: int(x="1")]:
    try:
        call()
    except TypeError as e:
        print(e)
