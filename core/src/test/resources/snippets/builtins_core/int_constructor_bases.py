# int() with explicit bases
print(int("101", 2), int("z", 36), int("0o17", 8), int("0x_ff", 16), int("0", 0), int("+7"), int("\u0661\u0662"))
for text, base in [("12", 1), ("12", 37), ("0b2", 0), ("1__0", 10)]:
    try:
        int(text, base)
    except ValueError as e:
        print(e)
