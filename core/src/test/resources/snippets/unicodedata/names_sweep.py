# unicodedata.name over every code point, lookup round trips, aliases and named sequences
import unicodedata
from _md5 import md5

# the code points swept: the dense parts of the BMP whole, strides through the rest
CODES = (list(range(0, 0x3400)) + list(range(0x3400, 0xA000, 37)) + list(range(0xA000, 0xD800))
         + list(range(0xF900, 0x10000)) + list(range(0x10000, 0x20000, 3)) + list(range(0x20000, 0x110000, 97)))

names = [unicodedata.name(chr(c), '') for c in CODES]
for lo in range(0, len(names), 8192):
    part = names[lo:lo + 8192]
    print(hex(CODES[lo]), sum(1 for n in part if n), md5('|'.join(part).encode()).hexdigest()[:16])
# every name found by lookup gives back its character (sampled with a stride)
bad = 0
for c, n in zip(CODES[::4], names[::4]):
    if n and unicodedata.lookup(n) != chr(c):
        bad += 1
print('round trip mismatches', bad)
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter Sharp S', 'EURO SIGN',
          'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE PWILH', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-2A6DF',
          'CJK UNIFIED IDEOGRAPH-04E00', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900',
          'NUSHU CHARACTER-1B170', 'KHITAN SMALL SCRIPT CHARACTER-18B00', 'TANGUT COMPONENT-001',
          'NULL', 'NUL', 'LF', 'BOM', 'BYTE ORDER MARK', 'ZWNJ', 'VS1', 'VS256', 'LATIN CAPITAL LETTER GHA',
          'LATIN SMALL LETTER R WITH TILDE', 'KEYCAP DIGIT ZERO', 'TAMIL SYLLABLE KSSA', 'keycap number sign',
          'hangul syllable ga', 'CJK UNIFIED IDEOGRAPH-4e00', 'TANGUT IDEOGRAPH-17000', 'HANGUL SYLLABLE',
          'HANGUL SYLLABLE GAX', 'LATIN SMALL  LETTER A', ' LATIN SMALL LETTER A', 'LATIN SMALL LETTER A ',
          'CJK COMPATIBILITY IDEOGRAPH-0F900', 'NUSHU CHARACTER-1b170', '', 'x' * 256, 'x' * 257]:
    try:
        print(repr(n[:40]), ascii(unicodedata.lookup(n)))
    except KeyError as e:
        print(repr(n[:40]), 'KeyError', str(e)[:60])
print(ascii(unicodedata.lookup(b'LATIN SMALL LETTER B')))
for c in [0, 0x1f, 0x20, 0x7f, 0x9f, 0xa0, 0xac00, 0xd7a3, 0xd800, 0xe000, 0x4e00, 0x9fff, 0x17000, 0x18b00,
          0x1b170, 0xf900, 0x2f800, 0x30000, 0xe0001, 0x10ffff]:
    print(hex(c), repr(unicodedata.name(chr(c), None)))
# string literal escapes use the same names and aliases (but no named sequences)
print(ascii('\N{EM DASH}\N{LF}\N{BOM}\N{latin small letter a}\N{HANGUL SYLLABLE GAG}'))
try:
    eval(r"'\N{LATIN SMALL LETTER R WITH TILDE}'")
except SyntaxError as e:
    print('SyntaxError', e.msg)
