# int to string conversions
for n in [0, 7, -42, 255, 2 ** 40, -(2 ** 70)]:
    print(n, str(n), repr(n), format(n, ","), format(n, "x"), f"{n:>12}", f"{n:+}")
print(int("1_000"), int("  -0x1F  ", 16), int("z", 36), (1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
