# decimal, digit and numeric over every code point, and the str predicates that share the data
import unicodedata
from _md5 import md5

# the code points swept: the dense parts of the BMP whole, strides through the rest
CODES = (list(range(0, 0x3400)) + list(range(0x3400, 0xA000, 37)) + list(range(0xA000, 0xD800))
         + list(range(0xF900, 0x10000)) + list(range(0x10000, 0x20000, 3)) + list(range(0x20000, 0x110000, 97)))

dec, dig, num = [], [], []
for c in CODES + [0x20001, 0x20064, 0x2092A, 0x5146, 0x4E07, 0x3405, 0x1D7CE, 0x1F10A]:
    ch = chr(c)
    v = unicodedata.numeric(ch, None)
    if v is not None:
        num.append((c, v))
        d = unicodedata.digit(ch, None)
        if d is not None:
            dig.append((c, d))
            d = unicodedata.decimal(ch, None)
            if d is not None:
                dec.append((c, d))
for label, rows in (('decimal', dec), ('digit', dig), ('numeric', num)):
    print(label, len(rows), md5(repr(rows).encode()).hexdigest())
print(sorted(set(v for c, v in num))[:30])
print(sorted(set(v for c, v in num))[-10:])
print([(hex(c), v) for c, v in num if v != int(v)][:25])
print(sum(1 for c, v in num if v < 0), [hex(c) for c, v in num if v < 0])
# str predicates agree with the database
for pred in ('isdecimal', 'isdigit', 'isnumeric', 'isalnum'):
    hits = [c for c in CODES[::3] if getattr(chr(c), pred)()]
    print(pred, len(hits), md5(repr(hits).encode()).hexdigest()[:16])
print('٣'.isdecimal(), '³'.isdigit(), '³'.isdecimal(), '½'.isnumeric(), '一'.isnumeric(), '①'.isdigit(), 'Ⅻ'.isnumeric())
