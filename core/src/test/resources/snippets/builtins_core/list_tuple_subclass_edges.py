# list/tuple constructors and methods with subclasses, huge indexes and keyword arguments
import sys

class LyingTuple(tuple):
    def __iter__(self):
        yield 1

class LyingList(list):
    def __iter__(self):
        yield 1

print(tuple(LyingTuple((2,))), list(LyingTuple((2,))), list(LyingList([2])), tuple(LyingList([2])))
l = []
l.extend(LyingTuple((5, 6)))
print(l)

a = [0, 1, 2, 0]
t = tuple(a)
print(a.index(0, -4 * sys.maxsize, 4 * sys.maxsize), t.index(2, -4 * sys.maxsize, 4 * sys.maxsize))
print(a.index(0, 1, 2**100), t.index(0, -2**100))
for f in [lambda: a.index(0, 1, 2), lambda: t.index(5), lambda: a.index(0, 'x')]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

s = (1, 2)
print(s * 1 is s, (s * 2), s * 0 == ())

class ListNew(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self

class TupleInit(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg

class PlainList(list):
    pass

u = ListNew([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)
v = TupleInit([1, 2], newarg=3)
print(type(v).__name__, tuple(v), v.newarg)
for f in [lambda: PlainList(sequence=()), lambda: list(x=1), lambda: tuple(x=1), lambda: list(1, 2),
          lambda: tuple(1, 2), lambda: [].__init__(x=1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

# a set argument of remove/discard stands for the equal frozenset
s = {frozenset([1]), 2}
s.discard({1})
print(s)
s.add(frozenset([3]))
s.remove({3})
print(s)
try:
    s.remove({4})
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.discard([1])
except TypeError as e:
    print(type(e).__name__, e)

class SlotSet(set):
    __slots__ = ('x',)
s = SlotSet([1])
s.x = 5
print(s.x, s)
