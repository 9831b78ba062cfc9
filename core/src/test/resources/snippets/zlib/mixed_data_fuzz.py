# Deterministic mixed data (runs, far copies, random stretches) through many compressor settings,
# then decompression with random chunk sizes and max_length, logging every unconsumed_tail.
import zlib

def lcg(n, seed, alphabet=256):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) % alphabet)
    return bytes(out)

def mixed(seed, n):
    parts = []
    x = seed
    total = 0
    base = lcg(4000, seed, 16)
    while total < n:
        x = (x * 69069 + 1) & 0xffffffff
        kind = x % 5
        ln = 1 + (x >> 8) % 3000
        if kind == 0:
            p = lcg(ln, x, 256)
        elif kind == 1:
            p = lcg(ln, x, 4)
        elif kind == 2:
            p = bytes([x & 255]) * ln
        elif kind == 3 and parts:
            joined = b"".join(parts[-20:])
            start = (x >> 4) % max(1, len(joined))
            p = joined[start:start + ln]
        else:
            p = base[(x >> 3) % 3000:][:ln]
        parts.append(p)
        total += len(p)
    return b"".join(parts)[:n]

for di, data in enumerate((mixed(1, 1500), mixed(2, 80000))):
    for level in range(10):
        for wbits, mem, strategy in ((15, 8, 0), (9, 1, 0), (10, 9, 1), (-11, 2, 0), (31, 5, 3), (15, 1, 2), (13, 8, 4)):
            c = zlib.compressobj(level, zlib.DEFLATED, wbits, mem, strategy)
            out = c.compress(data) + c.flush()
            print(di, level, wbits, mem, strategy, len(out), zlib.crc32(out))
    for level in (0, 1, 4, 9):
        for chunk in (333, 8191, 65536):
            c = zlib.compressobj(level)
            parts = [c.compress(data[i:i + chunk]) for i in range(0, len(data), chunk)]
            parts.append(c.flush())
            out = b"".join(parts)
            print(di, "chunks", level, chunk, len(out), zlib.crc32(out), [len(p) for p in parts][:8])

data = lcg(3000, 5) + lcg(12000, 6, 6) + bytes(3000) + lcg(4000, 7, 30)
for level, strategy, wbits in ((0, 0, 15), (1, 0, 15), (6, 0, 31), (9, 1, -15), (6, 2, 15), (6, 3, 15), (6, 4, 31)):
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, 8, strategy)
    comp = c.compress(data[:9000]) + c.flush(zlib.Z_SYNC_FLUSH) + c.compress(data[9000:]) + c.flush() + b"tail!"
    x = level * 7 + strategy
    d = zlib.decompressobj(wbits)
    pos = 0
    log = []
    out = []
    while pos < len(comp) or d.unconsumed_tail:
        x = (x * 69069 + 1) & 0xffffffff
        n = 1 + (x >> 5) % 700
        limit = (x >> 16) % 600
        chunk = d.unconsumed_tail + comp[pos:pos + n]
        pos += n
        piece = d.decompress(chunk, limit)
        out.append(piece)
        log.append((len(piece), len(d.unconsumed_tail), d.eof))
        if d.eof and pos >= len(comp):
            break
    print(level, strategy, wbits, b"".join(out) == data, d.eof, d.unused_data, len(log), log[:6], zlib.crc32(repr(log).encode()))
