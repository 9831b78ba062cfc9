# abs, divmod, pow, round, hex, oct, bin, chr, ord, min/max on numbers
print(abs(-7), divmod(17, -5), pow(2, 100) % 97, pow(2.0, 0.5), round(1.005, 2), round(-2.5))
print(hex(-255), oct(8), bin(-3), chr(955), ord("λ"), max(1, 2.5), min(-1, -1.5))
print(int(True), float(7), complex(1, 2), (1 + 2j) * (3 - 1j), abs(3 + 4j))
print(7 / 2, 7 // 2, -7 // 2, 2 ** 0.5, 10 ** -2, 1_000_000)
