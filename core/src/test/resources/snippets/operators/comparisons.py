# chained comparisons and mixed types
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0, 1 is not None)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "a" < "B")
try:
    1 < "a"
except TypeError as e:
    print(e)
print(float("nan") == float("nan"), 2 ** 63 > 1e18, 2 ** 53 + 1 == float(2 ** 53 + 1))
