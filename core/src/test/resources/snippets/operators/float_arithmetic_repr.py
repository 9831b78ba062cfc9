# floating point results print like CPython
vals = [0.1 * 3, 1 - 0.9, 2 ** 0.5, 1 / 7, 10 / 3, 1e16 + 1, 0.1 + 0.2 == 0.3, 3.0 * 1.1, 100 * 1.1]
print(vals)
print(sum([0.1] * 10), 1.0 / 3 * 3, 4.35 * 100, 1.15 * 100, 2.675 * 100)
