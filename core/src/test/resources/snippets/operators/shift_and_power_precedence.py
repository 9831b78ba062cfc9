# operator precedence corner cases
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, 1 + 2 * 3 ** 2, 1 << 2 + 1, 8 >> 1 - 1, ~1 + 1)
print(not 1 == 2, (not 1) == 2, 1 < 2 == 2, 3 & 5 | 2 ^ 1, -7 // 2 * 2, 7 % 3 ** 2)
