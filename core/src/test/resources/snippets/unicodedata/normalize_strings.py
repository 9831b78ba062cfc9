# unicodedata.normalize and is_normalized on tricky strings
import unicodedata

cases = [
    '', 'abc', 'Å', 'A\u030a', '\u212b', 'e\u0301', '\u1e9b\u0323', 'q\u0307\u0323', 'q\u0323\u0307',
    '\u1e0b\u0323', 'd\u0323\u0307', 'a\u0328\u0301\u0323', '\u0344', '\u0958', '\ufb01', '\ufb2c',
    '\u2126', 'ﬃ', '①', '½', '\u00a0', '\u3000', 'ｱ', 'ｶﾞ', '\uff76\uff9e', '\u1100\u1161', '\u1100\u1161\u11a8',
    '\uac00\u11a8', '\uac01', '\u1100\u1161\u11a7', '\u1100\u1176', '\ud4db', '\u1112\u1175\u11c2',
    '\u1100\u0300\u1161', 'a\u0300\u0301', 'a\u0301\u0300', 'a\u0315\u0300\u05ae\u0300b',
    '\u0061\u0305\u0300', 'A\u0300\u0315\u0301', '\u00c5\u0301', '\u212b\u0301', '\u0041\u0308\u0304',
    '\u01d5', '\u0055\u0308\u0304', '\u1f80\u0345', '\u03b1\u0313\u0300\u0345', '\u0915\u093c',
    '\u0929', '\u09c7\u09be', '\u09cb', '\u0b47\u0b3e\u0b57', '\u0f73', '\u0f71\u0f72', '\u0fb2\u0f81',
    '\U0001d15e', '\U0001d15f', '\U0001d160', '\U0002f868', '\U0002f874', '\U0002f9bf', '\U000110ab',
    '\U00011099\U000110ba', '\u0cc0', '\u0cbf\u0cd5', 'x\u0308\u0301\u0327', 'ẛ̣', 'ḍ̇', 'Ǆ', 'ǅ', '㍻', '㌀',
    '\u2fa1d', 'ℌ', '\U0001f100', '\u0387', '\u037e', '\u1fed', '\u0340\u0341\u0343', 'e\u0301\u0301',
    '\u05d0\u05b7\u05bc', '\u05e9\u05c1\u05bc', '\ufb2e', '\u0627\u0653', '\u0622', 'Ḁ', '\u0041\u0325',
    '\u00e9' * 3 + '\u0301', '\u0b95\u0bcd\u0bb7', '\u1026', '\u1025\u102e', '\u3099\u304b', '\u304b\u3099',
    '\u304c', '\u30cf\u309a', '\uff8a\uff9f', '\u2000', '\u2001', '\u2024', '\u2025\u2026',
]
for s in cases:
    r = [unicodedata.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    q = [unicodedata.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(s), ascii(r), q)
s = 'abc'
print(unicodedata.normalize('NFC', s) is s, unicodedata.normalize('NFKD', s) == s)
class S(str):
    pass
r = unicodedata.normalize('NFC', S('abc'))
print(type(r).__name__, r)
