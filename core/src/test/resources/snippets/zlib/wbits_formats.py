# zlib, raw deflate and gzip containers, automatic detection (wbits 32+), window sizes.
import zlib

text = b"".join(b"entry %d -> %d\n" % (i, i * 31 % 97) for i in range(800)) * 2
for cw, dws in ((15, (15, 0, 47, 32, 31)), (31, (31, 47, 16, 15)), (-15, (-15, -9, 15)), (9, (9, 15, 0, 47, 8)),
                (-9, (-9, -15)), (12, (10, 12, 13))):
    c = zlib.compressobj(6, zlib.DEFLATED, cw)
    comp = c.compress(text) + c.flush()
    print("compressed", cw, len(comp), comp[:4].hex())
    for dw in dws:
        try:
            print("  decompress", dw, zlib.decompress(comp, dw) == text)
        except zlib.error as e:
            print("  decompress", dw, e)
        d = zlib.decompressobj(dw)
        try:
            r = d.decompress(comp + b"xyz")
            print("  obj", dw, r == text, d.eof, d.unused_data)
        except zlib.error as e:
            print("  obj", dw, e)

gz = zlib.compress(b"gzip member one", 6, 31) + zlib.compress(b"member two", 6, 31)
d = zlib.decompressobj(31)
print(d.decompress(gz), d.eof, len(d.unused_data))
d2 = zlib.decompressobj(31)
print(d2.decompress(d.unused_data), d2.eof, d2.unused_data)
print(zlib.decompress(gz, 47))

# gzip header with optional fields, made by hand
import_free_crc = zlib.crc32
body = zlib.compress(b"payload with name and comment", 9, -15)
trailer = zlib.crc32(b"payload with name and comment").to_bytes(4, "little") + (29).to_bytes(4, "little")
for flags, extra in ((0x08, b"name.txt\x00"), (0x10, b"a comment\x00"), (0x04, b"\x04\x00abcd"),
                     (0x1c, b"\x02\x00xy" + b"file\x00" + b"note\x00")):
    header = b"\x1f\x8b\x08" + bytes([flags]) + b"\x00\x00\x00\x00\x00\x03" + extra
    blob = header + body + trailer
    print(hex(flags), zlib.decompress(blob, 31))
    d = zlib.decompressobj(47)
    out = b"".join(d.decompress(blob[i:i + 3]) for i in range(0, len(blob), 3))
    print("  chunked", out, d.eof)
hdr = b"\x1f\x8b\x08\x02\x00\x00\x00\x00\x00\x03"
hcrc = (zlib.crc32(hdr) & 0xffff).to_bytes(2, "little")
print(zlib.decompress(hdr + hcrc + body + trailer, 31))
try:
    zlib.decompress(hdr + b"\x00\x00" + body + trailer, 31)
except zlib.error as e:
    print(e)
