# compressobj with each strategy, memLevel and wbits; one-shot wbits (zlib, raw, gzip, small windows).
import zlib

def lcg_bytes(n, seed):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) & 0xff)
    return bytes(out)

def show(c):
    return "%d %s %d" % (len(c), c[:10].hex(), zlib.crc32(c))

text = b"".join(b"line %d: the rain in spain stays mainly in the plain\n" % (i * 7 % 101) for i in range(700))
sets = [b"", b"abc" * 10, text, lcg_bytes(2000, 3) + b"x" * 5000 + text[:3000]]
for di, data in enumerate(sets):
    for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
        for level in (0, 1, 6, 9):
            c = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, strategy)
            out = c.compress(data) + c.flush()
            print(di, "strategy", strategy, level, show(out), zlib.decompress(out) == data)
    for mem in (1, 3, 9):
        for wbits in (9, 12, 15, -9, -15, 25, 31):
            c = zlib.compressobj(6, zlib.DEFLATED, wbits, mem)
            out = c.compress(data) + c.flush()
            print(di, "memLevel", mem, "wbits", wbits, show(out))
    for wbits in (8, 9, 15, -15, 31):
        for level in (0, 1, 9):
            print(di, "compress wbits", wbits, level, show(zlib.compress(data, level, wbits)))

c = zlib.compressobj(level=9, memLevel=9, wbits=-12, strategy=zlib.Z_RLE)
print(show(c.compress(text) + c.flush()))
print(zlib.compress(b"gzip header", 6, 31)[:10].hex(), zlib.compress(b"gzip level 1", 1, 31)[:10].hex(),
      zlib.compress(b"gzip level 9", 9, 31)[:10].hex())
