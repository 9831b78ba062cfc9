# bitwise operators on ints and bools
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF, 1 << 70, -1 >> 10, (2 ** 70) >> 65)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1.5 & 1
except TypeError as e:
    print(e)
