# unicodedata.decomposition over every code point, with samples of each tag
import unicodedata
from _md5 import md5

# the code points swept: the dense parts of the BMP whole, strides through the rest
CODES = (list(range(0, 0x3400)) + list(range(0x3400, 0xA000, 37)) + list(range(0xA000, 0xD800))
         + list(range(0xF900, 0x10000)) + list(range(0x10000, 0x20000, 3)) + list(range(0x20000, 0x110000, 97)))

rows = []
tags = {}
for c in CODES + list(range(0x2F800, 0x2FA20)):
    d = unicodedata.decomposition(chr(c))
    if d:
        rows.append((c, d))
        if d.startswith('<'):
            tag = d.split()[0]
            tags.setdefault(tag, (hex(c), d))
print(len(rows), md5(repr(rows).encode()).hexdigest())
for tag in sorted(tags):
    print(tag, tags[tag])
for ch in 'Åé\u1e9b\ufb01\u2460\u00bd\uac00\u3400\U0001d400\u212b\u0344\U0002f868':
    print(ascii(ch), repr(unicodedata.decomposition(ch)))
