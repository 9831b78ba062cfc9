# __reduce__, __setstate__ and __length_hint__ of the builtin iterators (what pickle and copy use)
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * 10

def rebuild(it):
    r = it.__reduce__()
    new = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return new

def plain(x):
    # iterators and instances print by type name (their repr has an address)
    if isinstance(x, tuple):
        return tuple(plain(y) for y in x)
    if isinstance(x, (int, str, bytes, bytearray, list, dict, set, range, type(None), bool)):
        return x
    return '<' + type(x).__name__ + '>'

def show(it):
    r = it.__reduce__()
    name = getattr(r[0], '__name__', r[0])
    hint = it.__length_hint__() if hasattr(type(it), '__length_hint__') else 'no hint'
    print(type(it).__name__, name, plain(r[1:]), hint)

makers = [
    lambda: iter((1, 2, 3)), lambda: iter([1, 2, 3]), lambda: reversed([1, 2, 3]), lambda: iter('abc'),
    lambda: iter(range(3, 20, 2)), lambda: iter(range(2**64, 2**64 + 9, 2)),
    lambda: reversed(range(2**64, 2**64 + 9, 2)), lambda: reversed(range(1, 10, 3)),
    lambda: iter({1: 2, 3: 4}), lambda: iter({1: 2, 3: 4}.values()), lambda: iter({1: 2, 3: 4}.items()),
    lambda: reversed({1: 2, 3: 4}), lambda: reversed({1: 2, 3: 4}.items()), lambda: iter({1, 2, 3}),
    lambda: iter(b'abc'), lambda: iter(bytearray(b'abc')), lambda: iter(Seq()),
    lambda: enumerate('abc', 3), lambda: zip('ab', 'cd'), lambda: zip('ab', strict=True),
    lambda: map(len, ['a', 'bb']), lambda: filter(None, [1, 0, 2]),
]
for mk in makers:
    it = mk()
    show(it)
    next(it)
    show(it)
    print(' rebuilt:', list(rebuild(it)))
    list(it)
    show(it)
    print(' rebuilt exhausted:', list(rebuild(it)))

f = iter(int, 1)
print(f.__reduce__()[1][1], hasattr(f, '__length_hint__'))
for o in [slice(1, 2), slice(None), range(1, 5), {1, 2}, frozenset({3})]:
    print(o.__reduce__())


it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(10); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(10); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(-10); print(list(it))
it = iter(range(5)); it.__setstate__(2); print(list(it))
it = iter('hello'); it.__setstate__(3); print(list(it))
it = iter((1, 2)); it.__setstate__(1); print(list(it))
z = zip('ab', 'c'); z.__setstate__(True)
try:
    list(z)
except ValueError as e:
    print(type(e).__name__, e)

for t in [enumerate, list, dict, set]:
    try:
        object.__new__(t)
    except TypeError as e:
        print(type(e).__name__, e)

class E(enumerate):
    pass
e = E('ab', 2)
print(type(e).__name__, type(e.__reduce__()[0]).__name__, e.__reduce__()[0] is E, list(e))
