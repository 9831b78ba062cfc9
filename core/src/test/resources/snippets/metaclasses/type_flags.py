# type.__flags__: the Py_TPFLAGS_* bits that copyreg, inspect and abc read
HEAPTYPE, BASETYPE, IS_ABSTRACT = 1 << 9, 1 << 10, 1 << 20
SUBCLASS_BITS = {24: "int", 25: "list", 26: "tuple", 27: "bytes", 28: "str", 29: "dict",
                 30: "BaseException", 31: "type"}


class Point(tuple):
    pass


class MyError(ValueError):
    pass


class Meta(type):
    pass


for t in (object, int, bool, float, str, bytes, tuple, list, dict, set, type, range, slice,
          BaseException, KeyError, Point, MyError, Meta, type(None), type(print)):
    f = t.__flags__
    subclass_of = [name for bit, name in SUBCLASS_BITS.items() if f & (1 << bit)]
    print(t.__name__, bool(f & HEAPTYPE), bool(f & BASETYPE), bool(f & IS_ABSTRACT), subclass_of)


class Abstract:
    __abstractmethods__ = frozenset({"run"})


print(bool(Abstract.__flags__ & IS_ABSTRACT))
Abstract.__abstractmethods__ = frozenset()
print(bool(Abstract.__flags__ & IS_ABSTRACT))
Abstract.__abstractmethods__ = frozenset({"go"})
print(bool(Abstract.__flags__ & IS_ABSTRACT))
print(type(int.__flags__).__name__)
try:
    int.__flags__ = 0
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

try:
    class Sub(type(print)):
        pass
except TypeError as e:
    print(type(e).__name__, e)
for t in (int, list, type(None)):
    for name, value in (("__doc__", "x"), ("__module__", "m"), ("__name__", "n"), ("answer", 42)):
        try:
            setattr(t, name, value)
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    try:
        del t.__doc__
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Concrete:
    __abstractmethods__ = frozenset({"run"})   # only assignment through type's setter counts


print(type(Concrete()).__name__)
Concrete.__abstractmethods__ = frozenset({"run", "stop"})
try:
    Concrete()
except TypeError as e:
    print(type(e).__name__, e)
del Concrete.__abstractmethods__
print(type(Concrete()).__name__, bool(Concrete.__flags__ & IS_ABSTRACT))
try:
    del Concrete.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
