# type.__flags__ (abstract, heap, base-type, fast-subclass bits) and type.__text_signature__
class Base:
    def f(self): ...
Base.__abstractmethods__ = frozenset({'f'})

class Impl(Base):
    def f(self): ...
Impl.__abstractmethods__ = frozenset()

ABSTRACT, HEAP, BASETYPE = 1 << 20, 1 << 9, 1 << 10
for t in [Base, Impl, int, object, type(None), bool]:
    f = t.__flags__
    print(t.__name__, bool(f & ABSTRACT), bool(f & HEAP), bool(f & BASETYPE))
class MyInt(int): pass
class MyStr(str): pass
class MyErr(ValueError): pass
class Meta(type): pass
for t, bit in [(MyInt, 24), (list, 25), (tuple, 26), (bytes, 27), (MyStr, 28), (dict, 29), (MyErr, 30), (Meta, 31), (object, 24)]:
    print(t.__name__, bool(t.__flags__ & (1 << bit)))

class C:
    'C(a, b=1)\n--\n\ndoc'
class D:
    'no signature'
class E:
    pass
for t in [C, D, E, object, list, float, int, dict, property, str]:
    print(t.__name__, repr(t.__text_signature__))
try:
    C.__text_signature__ = 'x'
except AttributeError as e:
    print(type(e).__name__)
