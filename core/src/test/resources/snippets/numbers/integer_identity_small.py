# arithmetic results compare by value
a = 10 ** 20
b = 10 ** 20
print(a == b, a - b == 0, 256 + 1 == 257, int("300") == 300, -5 == int("-5"), 2 ** 100 // 2 ** 99)
