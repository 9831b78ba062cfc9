# array through copy, pickle (every protocol) and io file objects
import array
import copy
import io
import pickle

a = array.array('d', [1.5, 2.5])
print(copy.copy(a), copy.deepcopy(a), copy.copy(a) is a)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for tc in array.typecodes:
        x = array.array(tc, 'ab' if tc == 'u' else [1, 2])
        y = pickle.loads(pickle.dumps(x, proto))
        print(proto, tc, y == x, y.typecode, type(y).__name__)


class S(array.array):
    pass


s = S('i', [1, 2])
s.attr = 3
for proto in (0, 2, 4):
    t = pickle.loads(pickle.dumps(s, proto))
    print(type(t).__name__, t, t.attr)
t = copy.deepcopy(s)
print(type(t).__name__, t)
print(pickle.loads(pickle.dumps([a, a], 4)))
it = iter(a)
next(it)
print(list(pickle.loads(pickle.dumps(it))))
it2 = copy.copy(iter(array.array('b', [1, 2])))
print(list(it2))
print(pickle.loads(pickle.dumps(array._array_reconstructor)) is array._array_reconstructor)

f = io.BytesIO()
array.array('h', range(5)).tofile(f)
array.array('b').tofile(f)
print(f.getvalue())
f.seek(0)
b = array.array('h')
b.fromfile(f, 3)
print(b)
try:
    b.fromfile(f, 5)
except EOFError as e:
    print('EOFError', e)
print(b)
for bad in [lambda: b.fromfile(f, -1), lambda: b.fromfile(io.StringIO('ab'), 1), lambda: b.fromfile(f, 'x'),
            lambda: b.tofile(io.StringIO())]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
big = array.array('B', [7]) * 70000
g = io.BytesIO()
big.tofile(g)
print(len(g.getvalue()))

import collections.abc
print(isinstance(array.array('B'), collections.abc.MutableSequence),
      isinstance(array.array('B'), collections.abc.Reversible), issubclass(S, collections.abc.Sequence))
