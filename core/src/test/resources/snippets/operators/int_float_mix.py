# arithmetic across int, float and bool
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 10, 2 ** -1, 10 / 4)
print(True + True, 3 * 1.5, 7.0 // 2, -7.5 % 2, divmod(-7, 2), divmod(7.5, 2))
print(0.1 + 0.2, 1e16, 1.5e-7, 123456789.0 * 10, float("inf"), -0.0)
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2))
print(abs(-3), abs(-2.5), int(-3.9), int("  42  "), float("1e3"))
