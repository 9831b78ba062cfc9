# Streaming compression in chunks with every flush mode, and byte-at-a-time decompression.
import zlib

def lcg_bytes(n, seed):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) & 0xff)
    return bytes(out)

text = b"".join(b"%d bottles of beer on the wall, take one down\n" % i for i in range(600))
data = lcg_bytes(1500, 11) + text + bytes(5000) + text[:4000]
for level in (0, 1, 6, 9):
    for chunk in (7, 1000, 4096, 40000):
        c = zlib.compressobj(level)
        parts = []
        for n, i in enumerate(range(0, len(data), chunk)):
            parts.append(c.compress(data[i:i + chunk]))
            if n % 7 == 3:
                parts.append(c.flush(zlib.Z_SYNC_FLUSH))
            if n % 11 == 5:
                parts.append(c.flush(zlib.Z_FULL_FLUSH))
            if n % 13 == 6:
                parts.append(c.flush(zlib.Z_PARTIAL_FLUSH))
            if n % 17 == 8:
                parts.append(c.flush(zlib.Z_BLOCK))
            if n % 19 == 9:
                parts.append(c.flush(zlib.Z_NO_FLUSH))
        parts.append(c.flush())
        out = b"".join(parts)
        lens = [len(p) for p in parts]
        print(level, chunk, len(out), zlib.crc32(out), lens[:12], len(lens), zlib.decompress(out) == data)

# sync flush output is decodable at once
c = zlib.compressobj()
d = zlib.decompressobj()
for piece in (b"first message ", b"second message ", b"third"):
    got = d.decompress(c.compress(piece) + c.flush(zlib.Z_SYNC_FLUSH))
    print(got, d.eof)
print(d.decompress(c.flush()), d.eof, d.unused_data)
print(c.flush(zlib.Z_SYNC_FLUSH).hex() if False else "finished")

# decompress byte at a time, and in uneven chunks
comp = zlib.compress(data, 6) + b"after"
d = zlib.decompressobj()
out = []
for i in range(len(comp)):
    out.append(d.decompress(comp[i:i + 1]))
print(b"".join(out) == data, d.eof, d.unused_data, d.unconsumed_tail, sum(1 for o in out if o))
d = zlib.decompressobj()
pos = 0
step = 1
res = b""
while pos < len(comp):
    res += d.decompress(comp[pos:pos + step])
    pos += step
    step = step * 3 % 1000 + 1
print(res == data, d.eof, d.unused_data)
print(d.decompress(b"more"), d.unused_data, d.eof)
