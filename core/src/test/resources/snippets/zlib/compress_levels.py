# zlib.compress at every level: the bytes must equal CPython's (zlib 1.2.13).
import zlib

def lcg_bytes(n, seed):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) & 0xff)
    return bytes(out)

text = b"".join(b"The quick brown fox %d jumps over the lazy dog. " % (i % 37) for i in range(600))
words = [b"alpha", b"beta", b"gamma", b"delta", b"epsilon", b"zeta"]
wordy = b" ".join(words[(i * i + 3 * i) % 6] for i in range(4000))
inputs = [
    ("empty", b""),
    ("one", b"a"),
    ("short", b"hello hello hello"),
    ("abc", b"abcabcabcabcabcabcabc!"),
    ("text", text),
    ("random", lcg_bytes(3000, 42)),
    ("repeat", b"ab" * 20000),
    ("zeros", bytes(70000)),
    ("wordy", wordy),
    ("mixed", lcg_bytes(500, 7) + text[:6000] + lcg_bytes(50, 9) + b"z" * 300),
]
for name, data in inputs:
    for level in (-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9):
        c = zlib.compress(data, level)
        if len(c) <= 40:
            shown = c.hex()
        else:
            shown = "%s..%s crc=%d" % (c[:12].hex(), c[-6:].hex(), zlib.crc32(c))
        print(name, level, len(c), shown, zlib.decompress(c) == data)

print(zlib.compress(b"hello") == zlib.compress(b"hello", zlib.Z_DEFAULT_COMPRESSION))
print(zlib.compress(bytearray(b"bytearray data")).hex())
print(zlib.compress(memoryview(b"xxmemoryviewxx")[2:-2]).hex())
print(zlib.compress(b"keyword", level=9).hex(), zlib.compress(b"keyword", wbits=9).hex())
print(type(zlib.compress(b"")).__name__, zlib.decompress(zlib.compress(b"")))
