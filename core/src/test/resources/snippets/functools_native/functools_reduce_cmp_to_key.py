# _functools.reduce and cmp_to_key (the C halves functools.py imports)
import _functools
from _functools import reduce, cmp_to_key


def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, ['x']))
err(reduce, lambda a, b: a, [])
err(reduce, lambda a, b: a, 5)
err(reduce, len)
err(reduce, len, [], 1, 2)
err(reduce, len, [], initial=1)
err(reduce, lambda a, b: 1 / 0, [1, 2])
print(type(reduce).__name__, reduce.__name__)


def cmp1(x, y):
    return (x > y) - (x < y)


key = cmp_to_key(cmp1)
print(type(key).__name__, type(key).__qualname__, type(key).__module__)
print(key(3) == key(3), key(3) > key(1), key(3) >= key(3), key(1) < key(2), key(1) <= key(1), key(1) != key(2))
key2 = cmp_to_key(mycmp=lambda x, y: int(x) - int(y))
print(key2(4.0) == key2('4'), key2(2) < key2('35'))
print(key(obj=50).obj, key.obj)
err(lambda: key(3) > 1)
err(lambda: 1 < key(3))
err(lambda: key(3) < key)
err(cmp_to_key)
err(cmp_to_key, cmp1, None)
err(key)
err(key, None, None)
err(hash, key(10))
err(type(key))
print(sorted(range(5), key=cmp_to_key(lambda x, y: y - x)))
values = [5, '3', 7, 2, '0', '1', 4, '10', 1]
print(sorted(values, key=cmp_to_key(lambda x, y: cmp1(int(x), int(y)))))
k = key(5)
k.obj = 7
print(k.obj, k > key(6))


def bad(x, y):
    raise ZeroDivisionError('boom')


err(lambda: cmp_to_key(bad)(3) > cmp_to_key(bad)(1))
try:
    class Sub(type(key)):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# a bound method reads unknown attributes from its function
def f(self):
    pass


f.extra = 'from function'


class A:
    m = f


print(A().m.extra, A().m.__name__)
err(getattr, A().m, 'missing')
err(setattr, A().m, 'extra', 1)
err(key, foo=1)
