# item conversion: CPython's overflow and type messages for every typecode
from array import array

class Idx:
    def __index__(self):
        return 7

class Flt:
    def __float__(self):
        return 2.5

values = [-2**64, -2**63 - 1, -2**63, -2**32, -2**31 - 1, -2**31, -2**15 - 1, -2**15, -129, -128, -1, 0,
          127, 128, 255, 256, 2**15 - 1, 2**15, 2**16 - 1, 2**16, 2**31 - 1, 2**31, 2**32 - 1, 2**32,
          2**63 - 1, 2**63, 2**64 - 1, 2**64, True, Idx(), 1.5, '1', None, Flt()]
for tc in 'bBhHiIlLqQ':
    for v in values:
        try:
            a = array(tc, [v])
            print(tc, a[0])
        except Exception as e:
            print(tc, type(e).__name__, e)

for tc in 'fd':
    for v in [1, True, 1.5, 2**1024, 'x', None, b'a', Flt(), Idx(), 1e300, -1e300, 1e-50, 3.4028235e38,
              3.4028236e38, 16777217, 0.1, 1 / 3]:
        try:
            a = array(tc, [v])
            print(tc, repr(a[0]))
        except Exception as e:
            print(tc, type(e).__name__, e)

for v in ['x', '\U0001f600', '\ud800', '', 'xy', 1, None, b'a']:
    try:
        print('u', repr(array('u', [v])))
    except Exception as e:
        print('u', type(e).__name__, e)

# failures leave the array unchanged (setitem, append, insert) or partly extended (extend)
a = array('b', [1, 2])
for op in [lambda: a.__setitem__(0, 300), lambda: a.append(-200), lambda: a.insert(0, 'x'),
           lambda: a.extend([3, 4, 999, 5]), lambda: a.fromlist([6, 7, 1000]), lambda: a.fromlist([8, 'y']),
           lambda: a.__iadd__([1])]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
    print(a)

f = array('f', [0.1, 1e40, -1e40, 1.0000001, 2**24 + 1])
print(f, f.tolist())
