# pow with a modulus and negative exponents
print(pow(3, 4), pow(3, 4, 5), pow(2, -2), pow(-2, 3), pow(5, -1, 7), pow(10, 100, 7), pow(0, 0))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(e)
