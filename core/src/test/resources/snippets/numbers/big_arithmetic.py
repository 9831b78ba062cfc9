# large integer arithmetic and conversions
a = 3 ** 200
b = 7 ** 150
print(a + b, a - b, (a * b) % 10 ** 20, a // b, a % b, -a // b, -a % b)
print(len(str(2 ** 10000)), str(2 ** 200)[:20], (10 ** 50 + 1) / 10 ** 49, float(2 ** 1000) == 2.0 ** 1000)
print(2 ** 100 == 2.0 ** 100, hash(2 ** 100) == hash(2.0 ** 100), (2 ** 64) & (2 ** 64 - 1), -(2 ** 64) | 1)
