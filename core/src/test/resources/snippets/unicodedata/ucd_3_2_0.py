# unicodedata.ucd_3_2_0: characters Unicode 3.2 did not have are unassigned, and normalization is 3.2's
import unicodedata
from _md5 import md5

old = unicodedata.ucd_3_2_0
assigned = [c for c in list(range(0, 0x10000, 2)) + list(range(0x10001, 0x110000, 31)) if old.category(chr(c)) != 'Cn']
print(len(assigned), md5(repr(assigned).encode()).hexdigest())
for ch in '\u0221\u0237\u20ac\u0374\u2189\u0610\U0001f600\ufdd0\uac00\u4e00\u9fa5\u9fa6\U00020000\U0002a6d6\U0002a6d7':
    print(ascii(ch), old.category(ch), repr(old.bidirectional(ch)), old.combining(ch), old.east_asian_width(ch),
          old.mirrored(ch), repr(old.decomposition(ch)), old.numeric(ch, None), old.name(ch, None))
for ch in '\U0002f868\U0002f874\U0002f91f\U0002f95f\U0002f9bf\u0221\u1e9b\u2126\ufb01\uac00':
    print(ascii(ch), [ascii(old.normalize(f, ch)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          old.is_normalized('NFD', ch))
for n in ('LATIN SMALL LETTER A', 'NUL', 'LATIN SMALL LETTER D WITH CURL', 'LATIN SMALL LETTER R WITH TILDE',
          'HANGUL SYLLABLE GA', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-9FBB', 'EURO SIGN'):
    try:
        print(n, ascii(old.lookup(n)))
    except KeyError as e:
        print(n, 'KeyError', e)
print(ascii(old.normalize('NFKC', 'B\u00fccher\u2126\u0221\u3000')))
# the values that changed since 3.2, over the BMP
for name in ('category', 'bidirectional', 'east_asian_width', 'mirrored'):
    f, g = getattr(old, name), getattr(unicodedata, name)
    diff = [c for c in range(0, 0x10000, 5) if f(chr(c)) != g(chr(c)) and f(chr(c)) != 'Cn' and f(chr(c)) != '']
    print(name, len(diff), [hex(c) for c in diff[:12]])
print([(hex(c), old.decimal(chr(c), None), old.digit(chr(c), None)) for c in (0xb2, 0xb9, 0x2070, 0x2079, 0x1369, 0x7c0)])
