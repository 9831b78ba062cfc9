import _weakref as w
class C:
    def m(self): return 1
    def __repr__(self): return "C()"
c = C()
r = w.ref(c)
print(r() is c, w.ref(c) is r, w.getweakrefcount(c), r.__callback__)
r2 = w.ref(c, print)
print(r2 is r, r2 == r, hash(r) == hash(c), w.getweakrefcount(c), len(w.getweakrefs(c)))
print(c.__weakref__ is r, type(r).__name__, type(r).__module__, w.ref)
for o in [1, "s", (), [], {}, None, object()]:
    try:
        w.ref(o)
    except TypeError as e:
        print(e)
class S:
    __slots__ = ("a",)
class SW:
    __slots__ = ("a", "__weakref__")
try:
    w.ref(S())
except TypeError as e:
    print(e)
try:
    class Bad(C):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
p = w.proxy(c)
print(p.m(), repr(p)[:11], str(p), type(p).__name__, callable(p))
p.x = 5
print(c.x, p.x)
try:
    hash(p)
except TypeError as e:
    print(e)
class L(list): pass
l = L([1, 2, 3])
pl = w.proxy(l)
print(len(pl), pl[0], 2 in pl, list(pl), pl + [4], [0] + pl == [0, 1, 2, 3])
f = lambda x: x * 2
pf = w.proxy(f)
print(pf(3), callable(pf), type(pf).__name__)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return self.v + o
    def __radd__(self, o): return o + self.v + 100
    def __lt__(self, o): return self.v < o
n = N(5)
pn = w.proxy(n)
print(pn + 1, 1 + pn, pn < 10)
import sys
print(type(C.__dict__['__weakref__']).__name__)
class KR(w.ref):
    __slots__ = ("key",)
    def __new__(type, ob, callback, key):
        self = w.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
k = KR(c, None, "kk")
print(k.key, k() is c, isinstance(k, w.ref))
d = {}
w._remove_dead_weakref(d, "x")
print(d)
