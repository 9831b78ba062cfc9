# memoryview over 'u' arrays (format 'w') and memoryview equality rules
from array import array
a = array('u', 'ab')
m = memoryview(a)
for other in [a, m, array('u', 'ab'), b'a\x00\x00\x00b\x00\x00\x00', array('i', [97, 98])]:
    try:
        print(m == other)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(list(m))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash(m.toreadonly()))
except Exception as e:
    print(type(e).__name__, e)
print(m.hex(), m.tobytes())
n = memoryview(array('d', [float('nan')]))
print(n == n, n != n)
r = memoryview(b'ab')
r.release()
print(r == r, r == memoryview(b'ab'), r != r)
