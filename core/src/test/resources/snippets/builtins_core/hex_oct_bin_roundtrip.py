# integer base conversions round-trip
for n in [0, 1, 255, -255, 2 ** 64, -(2 ** 70) + 3]:
    print(n, int(hex(n), 16), int(oct(n), 8), int(bin(n), 2), int(str(n)), format(n, "#x"), format(n, "#b")[:12])
