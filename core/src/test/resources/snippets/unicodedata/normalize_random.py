# normalization of pseudo-random sequences of starters, combining marks, Hangul jamo and
# compatibility characters (a fixed LCG, so the strings are the same everywhere)
import unicodedata
from _md5 import md5

pool = ('aAeEoOuUcCsSzZnNyY\u0131\u0237\u00c5\u00e9\u01d5\u1e9b\u212b\u2126\u0300\u0301\u0302\u0303\u0304'
        '\u0306\u0307\u0308\u030a\u030b\u030c\u0323\u0327\u0328\u0331\u0315\u031b\u0345\u05ae\u0344\u0340'
        '\u0f71\u0f72\u0f74\u0f80\u0fb2\u0fb3\u0f81\u09c7\u09be\u09d7\u0b47\u0b3e\u0b56\u0b57\u0bc6\u0bbe'
        '\u0cbf\u0cc6\u0cd5\u0cd6\u0cc2\u0d46\u0d3e\u0d57\u1025\u102e\u1100\u1101\u1112\u1161\u1175\u11a7'
        '\u11a8\u11c2\u11c3\uac00\uac01\ud7a3\u3099\u309a\u304b\u30cf\uff76\uff9e\u03b1\u03c9\u0391\u0313'
        '\u0314\u0342\u1f00\u0399\u03b9\u0415\u0418\u0306\u05d0\u05b7\u05bc\u0627\u0653\u0654\u0655\u0648'
        '\ufb01\u2460\u00bd\u3000\u00a0\u2002\u1d400\u2f800\U0001d15e\U0001d165\U0001d16e\U000110a5\U000110ba'
        '\U00011131\U00011127\U0001133e\U00011347\U00011357\U00011935\U00011930\U0002f868\u0958\u093c\u0915')
state = 12345

def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

rows = []
strings = []
for i in range(2500):
    s = ''.join(pool[rand(len(pool))] for _ in range(1 + rand(8)))
    strings.append(s)
    r = [unicodedata.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    q = [unicodedata.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    rows.append(ascii((s, r, q)))
    if i < 8:
        print(rows[-1])
print(len(rows), md5('\n'.join(rows).encode()).hexdigest())
old = unicodedata.ucd_3_2_0
print(md5('\n'.join(ascii([old.normalize(f, s) for f in ('NFC', 'NFKD')]) for s in strings[:600]).encode()).hexdigest())
