# float repr and formatting
for x in [0.1, 1/3, 2/3, 1e22, 1e-7, 123456789.123, -0.0, 5e-324, 1.7976931348623157e308, 100.0]:
    print(repr(x), str(x), f"{x:.3g}", f"{x:e}")
print(round(0.125, 2), round(0.375, 2), round(123.456, -1), 0.1 + 0.7, 1.1 * 3)
print(float.fromhex("0x1.8p1"), (0.5).hex(), (1.5).as_integer_ratio(), (3.0).is_integer())
