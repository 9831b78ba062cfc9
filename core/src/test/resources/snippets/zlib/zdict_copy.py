# Preset dictionaries (zdict) and copy() of compress and decompress objects.
import zlib

text = b"".join(b"record %05d: value=%d; status=%s\n" % (i, i * i % 977, b"ok" if i % 3 else b"fail") for i in range(400))
zd = b"record value status ok fail 0123456789"
for level in (0, 1, 6, 9):
    for wb in (15, -15, 9):
        c = zlib.compressobj(level, zlib.DEFLATED, wb, 8, 0, zd)
        comp = c.compress(text) + c.flush()
        print(level, wb, len(comp), zlib.crc32(comp), comp[:8].hex())
        d = zlib.decompressobj(wb, zd)
        print("  roundtrip", d.decompress(comp) == text, d.eof)
        if wb > 0:
            for attempt in (lambda: zlib.decompress(comp, wb), lambda: zlib.decompressobj(wb).decompress(comp),
                            lambda: zlib.decompressobj(wb, b"wrong dictionary").decompress(comp)):
                try:
                    attempt()
                except zlib.error as e:
                    print("  ", e)

big = text[:12000]
c = zlib.compressobj(zdict=big)
comp = c.compress(text[500:]) + c.flush()
print("big zdict", len(comp), zlib.crc32(comp), zlib.decompressobj(zdict=big).decompress(comp) == text[500:])
c = zlib.compressobj(wbits=-10, zdict=big)
comp = c.compress(text[500:]) + c.flush()
print("big raw zdict", len(comp), zlib.crc32(comp), zlib.decompressobj(wbits=-10, zdict=big).decompress(comp) == text[500:])
for zdict in (bytearray(b"record"), memoryview(b"record status")):
    c = zlib.compressobj(zdict=zdict)
    comp = c.compress(text) + c.flush()
    print(type(zdict).__name__, len(comp), zlib.decompressobj(zdict=zdict).decompress(comp) == text)
try:
    zlib.compressobj(wbits=31, zdict=b"abc")
except ValueError as e:
    print("ValueError", e)

c = zlib.compressobj(6)
head = c.compress(text[:5000])
twin = c.copy()
tail1 = c.compress(text[5000:]) + c.flush()
tail2 = twin.compress(text[5000:]) + twin.flush()
print("compress copy", tail1 == tail2, zlib.decompress(head + tail1) == text)
other = c.__copy__ if False else None
twin2 = zlib.compressobj(1).__copy__()
print(type(twin2).__name__, type(zlib.compressobj().__deepcopy__({})).__name__)
for op in (c.copy, lambda: c.compress(b"x"), lambda: c.flush(), lambda: c.flush(zlib.Z_SYNC_FLUSH)):
    try:
        op()
    except (ValueError, zlib.error) as e:
        print(type(e).__name__, e)

comp = zlib.compress(text)
d = zlib.decompressobj()
part = d.decompress(comp[:700])
d2 = d.copy()
print("decompress copy", part + d.decompress(comp[700:]) == text, part + d2.decompress(comp[700:]) == text)
print(d.eof, d2.eof, d.copy().eof, d.flush(), d.eof)
try:
    d.copy()
except ValueError as e:
    print("ValueError", e)
print(d2.__copy__().eof, type(zlib.decompressobj().__deepcopy__(None)).__name__)
