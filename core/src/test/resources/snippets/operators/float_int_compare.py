# exact comparisons between ints and floats
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 20 < 1e20 + 1, 1 == 1.0000000000000002)
print(float("inf") > 10 ** 400, -float("inf") < -(10 ** 400), 0.5 < 1, 3 >= 3.0, hash(3) == hash(3.0))
print(sorted([3, 1.5, 2, -1.0, 0]), max(1, 1.0), min(1.0, 1))
