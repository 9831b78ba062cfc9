import _sre

lo = 0
ic = 0
n = 0
for c in range(0x20000):
    l = _sre.unicode_tolower(c)
    if l != c:
        lo = (lo * 31 + c * 7 + l) % 1000000007
        n += 1
    if _sre.unicode_iscased(c):
        ic = (ic * 31 + c) % 1000000007
print(n, lo, ic)
for c in [0x41, 0x61, 0xdf, 0x130, 0x131, 0x17f, 0x1c5, 0x212a, 0x1e9e, 0xfb05, 0x10400, 0x1f600]:
    print(hex(c), _sre.ascii_iscased(c), _sre.unicode_iscased(c), _sre.ascii_tolower(c), _sre.unicode_tolower(c))
for bad in ['a', 1.5, None]:
    try:
        _sre.unicode_tolower(bad)
    except TypeError as e:
        print(type(e).__name__, e)
