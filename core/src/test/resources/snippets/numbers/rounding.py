# round() with ties to even and negative digits
print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.49999]])
print(round(1.25, 1), round(1.35, 1), round(2.675, 2), round(1234.5678, 2), round(1234.5678, -2), round(-1234.5, -1))
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2), type(round(1.5)).__name__)
