# Flush modes on fresh and finished compressors (zlib keeps its last message), decompressor flush.
import zlib
c = zlib.compressobj()
c.compress(b"abc"); print(c.flush(zlib.Z_SYNC_FLUSH).hex(), c.flush(zlib.Z_SYNC_FLUSH).hex(), c.flush(zlib.Z_FULL_FLUSH).hex())
print(c.flush().hex())
for f in (lambda: c.compress(b"x"), lambda: c.flush(), lambda: c.flush(zlib.Z_SYNC_FLUSH)):
    try: print(f())
    except zlib.error as e: print(e)
c = zlib.compressobj()
print(c.flush(zlib.Z_SYNC_FLUSH).hex(), c.flush(zlib.Z_PARTIAL_FLUSH).hex(), c.flush(zlib.Z_BLOCK).hex(), c.flush(zlib.Z_FINISH).hex())
c = zlib.compressobj(); c.compress(b"x" * 10)
print(c.flush(zlib.Z_FINISH).hex())
d = zlib.decompressobj()
comp = zlib.compress(b"hello world")
print(d.decompress(comp[:5]), d.flush(), d.eof, d.unconsumed_tail)
print(d.decompress(comp[5:]), d.eof)
d = zlib.decompressobj()
try:
    d.decompress(b"garbage!")
except zlib.error as e:
    print(e)
try:
    d.decompress(b"more")
except zlib.error as e:
    print("again:", e)
print(d.flush(), d.unconsumed_tail, d.unused_data, d.eof)
