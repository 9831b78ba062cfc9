# iteration helpers
print(list(enumerate("ab", 1)), list(zip([1, 2, 3], "xy")), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, "", "a"])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
