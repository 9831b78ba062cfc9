# type.__flags__: the bits copyreg and pattern matching read
HEAP, BASE, IMMUTABLE, SEQ, MAP, ABSTRACT = 1 << 9, 1 << 10, 1 << 8, 1 << 5, 1 << 6, 1 << 20
SUBCLASS_BITS = [(24, 'int'), (25, 'list'), (26, 'tuple'), (27, 'bytes'), (28, 'str'), (29, 'dict'),
                 (30, 'BaseException'), (31, 'type')]


class A: pass
class L(list): pass
class D(dict): pass
class E(ValueError): pass
class M(type): pass
class B(bool.__base__): pass
class S(str): pass
class T(tuple): pass

class Abs:
    def f(self): pass
Abs.__abstractmethods__ = frozenset({'f'})
class NotAbs: pass
NotAbs.__abstractmethods__ = frozenset()


for t in [object, int, bool, list, tuple, dict, str, bytes, range, type, A, L, D, E, M, B, S, T, Abs, NotAbs,
          ValueError, memoryview]:
    f = t.__flags__
    names = [n for bit, n in SUBCLASS_BITS if f & (1 << bit)]
    print(t.__name__, bool(f & HEAP), bool(f & BASE), bool(f & IMMUTABLE), bool(f & SEQ), bool(f & MAP),
          bool(f & ABSTRACT), names)
print(type(int.__flags__).__name__)
try:
    int.__flags__ = 0
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
for stmt in ["int.foo = 1", "int.__flags__ = 1", "int.__mro__ = 1", "class A: pass\nA.__flags__ = 1", "class A: pass\nA.__mro__ = 1"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
for stmt in ["del int.foo", "del int.__doc__", "list.__doc__ = 'x'", "type.__doc__ = 1"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
d = type.__dict__['__mro__']
print(type(d).__name__, d.__qualname__, d.__name__, d.__objclass__ is type, repr(d))
print(type(type.__dict__['__flags__']).__name__, type.__dict__['__base__'].__get__(bool))
class Sl:
    __slots__ = ('a',)
print(Sl.a.__qualname__, type(Sl.a) is type(d))
try:
    d.__set__(int, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.__get__(5)
except Exception as e:
    print(type(e).__name__, e)
