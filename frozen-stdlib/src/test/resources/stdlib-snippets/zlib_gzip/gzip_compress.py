# gzip.compress / gzip.decompress over the native zlib module (mtime=0 for stable bytes).
import gzip
import zlib

data = b"".join(b"gzip line %d: %s\n" % (i, b"spam " * (i % 7)) for i in range(600))
c = gzip.compress(data, mtime=0)
print(len(c), c[:10].hex(), c[-8:].hex(), gzip.decompress(c) == data)
for level in (0, 1, 5, 6, 9):
    out = gzip.compress(data, level, mtime=0)
    print(level, len(out), zlib.crc32(out), out[8], gzip.decompress(out) == data)
print(gzip.compress(b"", mtime=0).hex())
print(gzip.compress(b"a", mtime=0).hex())
print(gzip.decompress(gzip.compress(b"", mtime=0)))
print(gzip.compress(b"stamped", mtime=1234567890)[:10].hex())

# several members, and zlib-made gzip data
two = gzip.compress(b"first member|", mtime=0) + gzip.compress(b"second member", mtime=0)
print(gzip.decompress(two))
print(gzip.decompress(zlib.compress(b"from zlib with wbits 31", 9, 31)))
print(gzip.decompress(two + b"\x00" * 16))

for blob in (b"not gzip at all", c[:20], c[:-4], c[:-1] + bytes([c[-1] ^ 1]), c[:-8] + b"\x00\x00\x00\x00" + c[-4:],
             two + b"\x1f\x8b"):
    try:
        gzip.decompress(blob)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError))
