# divmod and // on floats
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (0.1, 0.03), (1e10, 3.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
