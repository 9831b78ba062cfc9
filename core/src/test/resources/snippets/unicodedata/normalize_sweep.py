# normalization of the BMP (a stride through the CJK ideographs), plane 1 scripts and symbols
# and the CJK compatibility supplement in all four forms, digests per range
import unicodedata
from _md5 import md5

forms = ('NFC', 'NFD', 'NFKC', 'NFKD')
ranges = [(0, 0x2000), (0x2000, 0x3400, 2), (0x3400, 0xA000, 37), (0xA000, 0xAC00, 3), (0xAC00, 0xD7A4, 5),
          (0xF900, 0x10000), (0x10000, 0x12000, 5), (0x1D000, 0x1F300, 3), (0x2F800, 0x2FA20)]
for r in ranges:
    parts = []
    changed = 0
    lo = r[0]
    for c in range(*r):
        if 0xD800 <= c < 0xE000:
            continue
        ch = chr(c)
        for f in forms:
            res = unicodedata.normalize(f, ch)
            if res != ch:
                changed += 1
                parts.append(f + hex(c) + res)
    print(hex(lo), changed, md5('|'.join(parts).encode()).hexdigest()[:16])
# composition of every decomposed character back to its NFC form (catches composition exclusions)
bad = []
decomposable = [c for c in list(range(0, 0x3400)) + list(range(0xA000, 0xAC00)) + list(range(0xF900, 0x10000))
                + list(range(0x1D000, 0x1F300, 2)) + list(range(0x2F800, 0x2FA20)) if unicodedata.decomposition(chr(c))]
print(len(decomposable))
for c in decomposable:
    ch = chr(c)
    d = unicodedata.normalize('NFD', ch)
    if d != ch and unicodedata.normalize('NFC', d) != unicodedata.normalize('NFC', ch):
        bad.append(hex(c))
print('recompose mismatches', bad)
excluded = [hex(c) for c in decomposable if not unicodedata.decomposition(chr(c)).startswith('<')
            and unicodedata.normalize('NFC', chr(c)) != chr(c)]
print(len(excluded), excluded[:40])
