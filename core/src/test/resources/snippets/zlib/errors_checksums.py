# zlib.error messages for damaged streams, argument errors, checksums and constants.
import zlib

text = b"".join(b"%d squared is %d\n" % (i, i * i) for i in range(300))
comp = zlib.compress(text)
gz = zlib.compress(text, 6, 31)
bad = bytearray(comp)
bad[-1] ^= 1
bad_gz_crc = bytearray(gz)
bad_gz_crc[-5] ^= 1
bad_gz_len = bytearray(gz)
bad_gz_len[-1] ^= 1
blobs = [bytes(bad), comp[:10], comp[:-4], b"", b"abc", b"\x78\x9c\x07", b"\x78\x9c\x01\x05\x00\x00\x00", b"\x78\xbb\x00",
         b"\x88\x9c", b"\x79\x9c", b"\xf8\x9c", bytes(bad_gz_crc), bytes(bad_gz_len), b"\x1f\x8b\x09\x00" + gz[4:],
         b"\x1f\x8b\x08\xe0" + gz[4:], zlib.compress(b"x" * 100, 1, -15)[:1] + b"\xff" * 20,
         b"\x78\x9c\x05\xc0\x81\x00\x00\x00\x00\x00\x90\xff\x6b\x00", b"\x78\x9c\x63\x00\x00",
         b"\x78\x9c\x0c\xc8\x00", b"\x78\x9c\x04\xc0\x21\x00"]
for blob in blobs:
    for wb in (15, 31, -15, 47):
        try:
            zlib.decompress(blob, wb)
            print(wb, "ok")
        except zlib.error as e:
            print(wb, e)
    d = zlib.decompressobj()
    try:
        out = d.decompress(blob)
        print("  obj", len(out), d.eof, len(d.unused_data), len(d.unconsumed_tail), len(d.flush()))
    except zlib.error as e:
        print("  obj", e)

calls = [
    lambda: zlib.crc32("abc"), lambda: zlib.crc32(b"a", "x"), lambda: zlib.adler32(None),
    lambda: zlib.compress("abc"), lambda: zlib.decompress(12), lambda: zlib.decompress(b"x", wbits=3),
    lambda: zlib.compress(b"", 10), lambda: zlib.compress(b"", -2), lambda: zlib.compress(b"", 6, -8),
    lambda: zlib.compress(b"", 6, 7), lambda: zlib.compress(b"", 6, 32),
    lambda: zlib.compressobj(10), lambda: zlib.compressobj(method=9), lambda: zlib.compressobj(memLevel=10),
    lambda: zlib.compressobj(memLevel=0), lambda: zlib.compressobj(strategy=5), lambda: zlib.compressobj(wbits=7),
    lambda: zlib.compressobj(wbits=-8), lambda: zlib.compressobj(wbits=0), lambda: zlib.compressobj(zdict="s"),
    lambda: zlib.decompressobj(wbits=16).decompress(gz) == text, lambda: zlib.decompressobj(wbits=64),
    lambda: zlib.decompressobj(wbits=-7), lambda: zlib.decompressobj(wbits=7), lambda: zlib.decompressobj(zdict=3),
    lambda: zlib.decompressobj(wbits=0).decompress(comp) == text,
    lambda: zlib.decompressobj().decompress(b"x", max_length=-1), lambda: zlib.decompressobj().decompress(b"x", -5),
    lambda: zlib.decompressobj().flush(0), lambda: zlib.decompressobj().flush(-3),
    lambda: zlib.decompress(b"x", bufsize=-1), lambda: zlib.compressobj().flush(zlib.Z_NO_FLUSH),
    lambda: zlib.compressobj().flush(7), lambda: zlib.compressobj().flush(-1), lambda: zlib.compressobj().compress("s"),
    lambda: zlib.decompressobj().decompress("s"),
]
for call in calls:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)

print(zlib.crc32(b"hello"), zlib.crc32(b"hello", 12345), zlib.crc32(b"hello", -1), zlib.crc32(b"hello", 2**40 + 3),
      zlib.crc32(b""), zlib.crc32(b"", 99))
print(zlib.adler32(b"hello"), zlib.adler32(b"hello", 0), zlib.adler32(b"hello", 2**32 - 1), zlib.adler32(b"x" * 100000),
      zlib.adler32(b"", 7), zlib.adler32(b"\xff" * 6000))
print(zlib.crc32(bytearray(b"abc")), zlib.crc32(memoryview(b"abcdef")[1:4]), zlib.adler32(bytearray(300)))
crc, adler = 0, 1
for i in range(0, len(text), 1000):
    crc = zlib.crc32(text[i:i + 1000], crc)
    adler = zlib.adler32(text[i:i + 1000], adler)
print(crc == zlib.crc32(text), adler == zlib.adler32(text))
print(zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_NO_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION,
      zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES,
      zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION)
print(zlib.error, zlib.error.__mro__, zlib.error.__module__)
print(type(zlib.compressobj()), type(zlib.decompressobj()), type(zlib.compressobj()).__name__)
print(sorted(n for n in dir(zlib) if not n.startswith("_")))
e = zlib.error("custom")
print(repr(e), isinstance(e, Exception))
