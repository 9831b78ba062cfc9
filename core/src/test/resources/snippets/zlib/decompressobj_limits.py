# Decompress objects: max_length, unconsumed_tail, unused_data, eof and flush.
import zlib

text = b"".join(b"%d: lorem ipsum dolor sit amet, consectetur adipiscing\n" % i for i in range(300))
for level in (0, 1, 6, 9):
    for data in (b"", b"hello", text):
        comp = zlib.compress(data, level) + b"TRAILING"
        d = zlib.decompressobj()
        buf = comp
        sizes = []
        while not d.eof:
            chunk = d.decompress(buf, 97)
            sizes.append(len(chunk))
            buf = d.unconsumed_tail
            if not buf and not chunk:
                break
        print(level, len(data), sizes[:8], len(sizes), d.eof, d.unused_data, len(d.unconsumed_tail))
        d = zlib.decompressobj()
        first = d.decompress(comp[:len(comp) // 2], 10)
        print("  half", len(first), len(d.unconsumed_tail), d.eof)
        rest = d.flush()
        print("  flush", len(rest), len(d.unconsumed_tail), d.eof, d.unused_data)
        d = zlib.decompressobj()
        tails = []
        for limit in (1, 2, 3, 5, 8, 13, 21):
            out = d.decompress(d.unconsumed_tail or comp, limit)
            tails.append((len(out), len(d.unconsumed_tail)))
        print("  tails", tails)

comp = zlib.compress(text)
d = zlib.decompressobj()
out = d.decompress(comp, 1000)
print(len(out), len(d.unconsumed_tail), d.eof)
out += d.decompress(d.unconsumed_tail)
print(out == text, d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"extra bytes"), d.unused_data)
print(d.flush(), d.eof)

d = zlib.decompressobj()
print(d.decompress(comp[:-3]) == text, d.eof)
print(d.decompress(comp[-3:]), d.eof)
print(d.unused_data, d.unconsumed_tail)

d = zlib.decompressobj()
print(len(d.decompress(comp, 0)), d.eof)
d = zlib.decompressobj()
d.decompress(comp[:100])
print(len(d.flush(1)), d.eof, d.unconsumed_tail)
print(zlib.decompress(comp, bufsize=1) == text, zlib.decompress(comp, zlib.MAX_WBITS, 0) == text)
print(zlib.decompress(comp + b"junk after stream") == text)
