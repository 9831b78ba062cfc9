# __reduce__/__setstate__ of the itertools types: rebuild each iterator from its reduction
import itertools
from itertools import *


def rebuild(it):
    r = it.__reduce__()
    func, args = r[0], r[1]
    new = func(*args)
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return new


def show(name, it, take=None, advance=0):
    for _ in range(advance):
        next(it)
    r = it.__reduce__()
    new = rebuild(it)
    rest = list(islice(new, take)) if take else list(new)
    orig = list(islice(it, take)) if take else list(it)
    print(name, type(r[0]).__name__, getattr(r[0], '__name__', '?'), len(r), rest, rest == orig)


show('count', count(5), 3, 1)
show('count-step', count(1, 2), 3, 2)
show('count-float', count(1.5, 0.5), 3)
show('count-big', count(2**70, -2**80), 2)
print(count(5).__reduce__(), count(1, 2).__reduce__(), count(True).__reduce__(), repr(count(True)))
print(repr(count(0, True)), count(0, True).__reduce__(), repr(count(3, 2**100)))
show('cycle', cycle('abc'), 7, 2)
show('cycle-done', cycle('ab'), 5, 3)
show('repeat', repeat('x', 3), None, 1)
show('repeat-forever', repeat('y'), 3)
print(repeat('x', 3).__reduce__(), repeat('y').__reduce__()[1])
show('compress', compress('ABCDEF', [1, 0, 1, 0, 1, 1]), None, 1)
show('dropwhile', dropwhile(lambda x: x < 3, range(6)), None, 1)
show('takewhile', takewhile(lambda x: x < 3, range(6)), None, 1)
show('filterfalse', filterfalse(None, [0, 1, 0, 2]), None)
show('islice', islice(range(20), 2, 15, 3), None, 1)
show('islice-none', islice(range(10), 4), None)
it = islice('ab', 5)
list(it)
print(type(it.__reduce__()[1][0]).__name__, it.__reduce__()[1][1:], it.__reduce__()[2])
show('accumulate', accumulate([1, 2, 3, 4]), None, 2)
show('accumulate-init', accumulate([1, 2], initial=10), None)
show('accumulate-none', accumulate([None, 1], lambda a, b: a), None, 1)
show('chain', chain('ab', 'cd'), None, 1)
show('chain-new', chain('ab', 'cd'), None)
show('chain-from', chain.from_iterable(['xy', 'z']), None, 1)
print(chain().__reduce__()[1:2], len(chain().__reduce__()))
c = chain('a')
list(c)
print(c.__reduce__())
show('starmap', starmap(pow, [(2, 3), (3, 2)]), None)
show('zip_longest', zip_longest('abc', 'd', fillvalue='-'), None, 1)
z = zip_longest('ab', 'c', fillvalue=0)
next(z); next(z)
print(z.__reduce__()[1][1], z.__reduce__()[2])
show('product', product('ab', range(3)), None, 2)
show('product-new', product('ab', repeat=2), None)
print(product('ab', 'c').__reduce__())
p = product('a')
list(p)
print(p.__reduce__())
show('combinations', combinations('abcd', 2), None, 2)
show('cwr', combinations_with_replacement('abc', 2), None, 2)
show('permutations', permutations('abc'), None, 2)
show('permutations-r', permutations(range(4), 2), None, 3)
print(combinations('abc', 2).__reduce__(), combinations('ab', 3).__reduce__())
c = combinations('ab', 2)
list(c)
print(c.__reduce__())
show('tee', tee('abcdef')[0], None, 2)
a, b = tee(range(100))
next(a)
print(b.__reduce__()[1], b.__reduce__()[2][1], type(b.__reduce__()[2][0]).__name__)

g = groupby('aabbbc')
k, grp = next(g)
r = g.__reduce__()
print(len(r), r[2])
print(grp.__reduce__()[0].__name__, grp.__reduce__()[1][1])
k2, grp2 = next(g)
print(grp.__reduce__())

# __setstate__ errors
def err(f, *args):
    try:
        f(*args)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

err(chain().__setstate__, ())
err(chain().__setstate__, [])
err(chain().__setstate__, ([],))
err(chain().__setstate__, (iter([]), []))
err(chain().__setstate__, (1, 2, 3))
it = chain()
it.__setstate__((iter(['abc', 'def']), iter(['ghi'])))
print(list(it))
err(cycle('ab').__setstate__, ('ab', True))
err(cycle('ab').__setstate__, [[], True])
err(cycle('ab').__setstate__, ([1],))
c = cycle('')
c.__setstate__(([1, 2], 1))
print(list(islice(c, 5)))
err(product('ab').__setstate__, (1, 2))
err(product('ab').__setstate__, ('x',))
p = product('abc', 'xy')
p.__setstate__((5, -3))
print(list(p))
c = combinations('abcde', 3)
c.__setstate__((9, 9, 9))
print(list(c))
c = combinations_with_replacement('abc', 2)
c.__setstate__((-1, 7))
print(list(c))
p = permutations('abc', 2)
err(p.__setstate__, ((0, 1, 2),))
err(p.__setstate__, ((0, 1), (1, 1)))
p.__setstate__(((2, 1, 0), (1, 1)))
print(list(p))
err(groupby('a').__setstate__, (1, 2))
err(groupby('a').__setstate__, 5)
t = tee('abc')[0]
err(t.__setstate__, (1, 2))
err(t.__setstate__, (t.__reduce__()[2][0], 99))
err(itertools._tee_dataobject, iter('a'), (), None)
err(itertools._tee_dataobject, iter('a'), [1], 5)
d = itertools._tee_dataobject(iter('xyz'), [1, 2], None)
t = itertools._tee(())
t.__setstate__((d, 1))
print(list(t))
err(itertools._grouper, 1, 2)

# keywords reach __init__ when a subclass overrides it; otherwise __new__ refuses them
cases = [(filter, (None, [0, 1])), (map, (str, [1, 2])), (filterfalse, (None, [0, 1])), (chain, ([1], [2])),
         (starmap, (pow, [(2, 3)])), (islice, ([1, 2, 3], 1, 3)), (takewhile, (bool, [1, 0])),
         (dropwhile, (bool, [1, 0])), (cycle, ([1, 2],))]
for cls, args in cases:
    class plain(cls):
        pass
    err(lambda: plain(*args, newarg=3))
    class with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = with_init(*args, newarg=3)
    print(cls.__name__, type(u).__name__, u.newarg, list(islice(u, 3)))
for f in [lambda: map(), lambda: map(str), lambda: map(func=str), lambda: map(str, [1], x=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
print(list(map(pow, [2], [3])))
