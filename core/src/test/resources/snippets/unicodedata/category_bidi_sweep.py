# unicodedata.category and bidirectional over a sweep of code points, one digest per block
import unicodedata
from _md5 import md5

# the code points swept: the dense parts of the BMP whole, strides through the rest
CODES = (list(range(0, 0x3400)) + list(range(0x3400, 0xA000, 37)) + list(range(0xA000, 0xD800))
         + list(range(0xF900, 0x10000)) + list(range(0x10000, 0x20000, 3)) + list(range(0x20000, 0x110000, 97)))

print(unicodedata.unidata_version, len(CODES))
for name in ('category', 'bidirectional'):
    f = getattr(unicodedata, name)
    values = [f(chr(c)) for c in CODES[::2]]
    for lo in range(0, len(values), 8192):
        print(name, lo, md5('|'.join(values[lo:lo + 8192]).encode()).hexdigest()[:12])
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    print(sorted(counts.items()))
