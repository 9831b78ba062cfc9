# A damaged dynamic-block header (HCLEN dropped): the code-lengths code has no symbols; zlib reads
# each length as 0 after one bit and then runs out of input (found by VmFuzzTest)
# Hand-built deflate streams that break each rule inflate checks; CPython's zlib.error messages.
import zlib

class Bits:
    def __init__(self):
        self.out = []

    def put(self, value, n):        # fields: least significant bit first
        for i in range(n):
            self.out.append((value >> i) & 1)

    def code(self, value, n):       # Huffman codes: most significant bit first
        for i in range(n - 1, -1, -1):
            self.out.append((value >> i) & 1)

    def data(self):
        bits = self.out + [0] * (-len(self.out) % 8)
        return bytes(sum(bits[i + j] << j for j in range(8)) for i in range(0, len(bits), 8))

def dynamic_header(w, hlit, hdist, clens):
    w.put(1, 1)
    w.put(2, 2)
    w.put(hlit, 5)
    w.put(hdist, 5)
    order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    n = max(i for i, s in enumerate(order) if clens.get(s, 0)) + 1
    n = max(n, 4)
    for s in order[:n]:
        w.put(clens.get(s, 0), 3)

streams = {}
w = Bits(); w.put(1, 1); w.put(2, 2); w.put(30, 5); w.put(0, 5); w.put(0, 4)
streams["too many symbols"] = w.data() + b"\x00" * 8
w = Bits(); dynamic_header(w, 0, 0, {16: 1, 17: 1, 18: 1, 0: 1})
streams["oversubscribed code lengths"] = w.data() + b"\x00" * 8
w = Bits(); dynamic_header(w, 0, 0, {16: 2, 17: 2, 18: 2})
streams["incomplete code lengths"] = w.data() + b"\x00" * 8
w = Bits(); dynamic_header(w, 0, 0, {16: 1, 17: 1}); w.code(0, 1); w.put(0, 2)
streams["repeat with nothing before"] = w.data() + b"\x00" * 8
w = Bits(); dynamic_header(w, 0, 0, {17: 1, 18: 1}); w.code(1, 1); w.put(127, 7); w.code(1, 1); w.put(127, 7)
streams["repeat past the end"] = w.data() + b"\x00" * 8
w = Bits(); dynamic_header(w, 0, 0, {17: 1, 18: 1}); w.code(1, 1); w.put(127, 7); w.code(1, 1); w.put(109, 7)
streams["no end-of-block code"] = w.data() + b"\x00" * 8
w = Bits(); dynamic_header(w, 0, 0, {1: 1, 18: 1})
for _ in range(3):
    w.code(0, 1)
w.code(1, 1); w.put(127, 7); w.code(1, 1); w.put(104, 7); w.code(0, 1); w.code(0, 1)
streams["oversubscribed literal lengths"] = w.data() + b"\x00" * 8
w = Bits(); dynamic_header(w, 0, 2, {1: 1, 17: 2, 18: 2})
w.code(0, 1); w.code(3, 2); w.put(127, 7); w.code(3, 2); w.put(106, 7); w.code(0, 1)
for _ in range(3):
    w.code(0, 1)
streams["oversubscribed distance lengths"] = w.data() + b"\x00" * 8
w = Bits(); w.put(1, 1); w.put(1, 2); w.code(0b11000110, 8)
streams["literal/length symbol 286"] = w.data() + b"\x00" * 4
w = Bits(); w.put(1, 1); w.put(1, 2); w.code(0x30 + ord("a"), 8); w.code(0b0000001, 7); w.code(30, 5)
streams["distance symbol 30"] = w.data() + b"\x00" * 4
w = Bits(); w.put(1, 1); w.put(1, 2); w.code(0x30 + ord("a"), 8); w.code(0b0000001, 7); w.code(1, 5)
streams["distance too far back"] = w.data() + b"\x00" * 4
w = Bits(); w.put(1, 1); w.put(1, 2); w.code(0x30 + ord("a"), 8); w.code(0b0000001, 7); w.code(0, 5); w.code(0, 7)
streams["valid fixed block"] = w.data()
w = Bits(); w.put(1, 1); w.put(3, 2)
streams["block type 3"] = w.data() + b"\x00"
w = Bits(); w.put(1, 1); w.put(0, 2)
streams["stored lengths mismatch"] = w.data() + b"\x05\x00\xfa\xfe" + b"hello"
w = Bits(); w.put(1, 1); w.put(0, 2)
streams["stored block"] = w.data() + b"\x05\x00\xfa\xff" + b"hello"

for name, raw in streams.items():
    try:
        print(name, "->", zlib.decompress(raw, -15))
    except zlib.error as e:
        print(name, "->", e)
    d = zlib.decompressobj(-15)
    try:
        out = b"".join(d.decompress(raw[i:i + 1]) for i in range(len(raw)))
        print("   bytewise", out, d.eof, d.unused_data)
    except zlib.error as e:
        print("   bytewise", e)

for head in (b"\x88\x1c", b"\x78\x9c", b"\x78\xda", b"\x78\x01", b"\x48\x0d", b"\x08\x1d", b"\x7a\x9c"):
    body = zlib.compress(b"window size test", 6, -15)
    blob = head + body + zlib.adler32(b"window size test").to_bytes(4, "big")
    for wb in (15, 9, 0, 47):
        try:
            print(head.hex(), wb, zlib.decompress(blob, wb))
        except zlib.error as e:
            print(head.hex(), wb, e)
comp15 = zlib.compress(b"abc" * 1000)
for wb in (9, 14, 15):
    try:
        print(wb, len(zlib.decompress(comp15, wb)))
    except zlib.error as e:
        print(wb, e)

