# min/max argument errors
for call in [lambda: min(), lambda: max([]), lambda: min(1, 2, default=0), lambda: max(3)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max([], default=None), min("bca"), max([1, 5, 3], key=lambda v: -v))
