# bit_length, bit_count and masks
for n in [0, 1, 7, 8, 255, 1023, -1, -128, 2 ** 100]:
    print(n, n.bit_length(), n.bit_count(), n & 0xF, n >> 2, bin(n)[:12])
