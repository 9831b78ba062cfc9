import _random
r = _random.Random(42)
print([r.random() for _ in range(5)])
for s in [0, 1, -1, 2**32, 2**32 - 1, -2**100 - 7, 12345678901234567890123456789, True, 3.0, 2.5, -2.5, 1e300, (1, 2)]:
    r.seed(s)
    print(repr(s), r.random(), r.getrandbits(7), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100), r.getrandbits(0))
r = _random.Random(2024)
st = r.getstate()
print(len(st), st[-1], st[:3])
a = [r.random() for _ in range(700)]
r.setstate(st)
b = [r.random() for _ in range(700)]
print(a == b, a[-1], r.getstate()[-1])
print(r.getrandbits(1000) % 1000003, r.getrandbits(64), r.getrandbits(31))
s2 = _random.Random(); s2.setstate(tuple(range(624)) + (624,)); print(s2.random(), s2.getstate()[:3])
s2.setstate((2**33 + 5,) + (1,) * 623 + (0,)); print(s2.getstate()[0], s2.random())
for bad in [(1, 2, 3), (1,) * 625, tuple(range(624)) + (625,), tuple(range(624)) + (-1,), ('a',) + (1,) * 624, (-1,) + (1,) * 624, [1]]:
    try:
        r.setstate(bad); print('ok', r.random())
    except Exception as e:
        print(type(e).__name__, e)
for args, kw in [((), {}), ((1, 2), {}), ((), {'x': 1})]:
    try:
        print(type(_random.Random(*args, **kw)).__name__)
    except Exception as e:
        print(type(e).__name__, e)
for k in [-1, 2**70, 1.5]:
    try: r.getrandbits(k)
    except Exception as e: print(type(e).__name__, e)
for k in [[1]]:
    try: r.seed(k)
    except Exception as e: print(type(e).__name__, e)
try: r.seed(1, 2)
except Exception as e: print(type(e).__name__, e)
print(_random.Random.__module__, _random.Random.__name__, repr(_random.Random))
class R(_random.Random):
    def __init__(self, x, extra=None):
        super().__init__(x)
        self.extra = extra
print(R(5, extra=1).random(), R(5).extra)
r1 = _random.Random(); r2 = _random.Random(); print(r1.random() != r2.random(), 0 <= r1.random() < 1)
r1.seed(); r1.seed(None); print(0 <= r1.random() < 1)
