# errors raised inside comprehensions propagate
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(e)
print([x for x in range(3) if x if x > 0], [(x, y) for x in range(2) for y in range(x)])
