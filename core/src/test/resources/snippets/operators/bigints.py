# arbitrary precision integers
a = 2 ** 100
print(a, a * a, a // 3, a % 1000007, -a >> 3, a << 5)
print(int("123456789012345678901234567890") * 3)
print(hex(2 ** 70), bin(5), oct(64), (-255).bit_length(), (2 ** 64 - 1).bit_count())
print(pow(3, 200, 1000), pow(2, -1, 7), 10 ** 20 // 7, 7 ** 0.5)
