# dir() of the builtin types lists exactly CPython 3.11's names (the builtins issue's parity check),
# and the methods that check found missing behave as CPython's.
import builtins

checked = [object, type, int, bool, float, complex, str, bytes, bytearray, memoryview,
           list, tuple, dict, type({}.keys()), type({}.values()), type({}.items()),
           set, frozenset, range, slice, enumerate, zip, map, filter, reversed,
           property, classmethod, staticmethod, super, type(iter([])), type(iter(())),
           type(iter("")), type(iter(range(3))), type(iter({})), type(iter(set())),
           type(iter(b"")), type(iter(bytearray())), type((x for x in ())),
           BaseException, Exception, ValueError, OSError, StopIteration, SyntaxError,
           type(len), type(lambda: 0)]
for t in checked:
    print(t.__name__, sorted(dir(t)))

# builtins that site.py adds (help, exit, ...) depend on how the interpreter was started
site_names = {"help", "exit", "quit", "copyright", "credits", "license"}
print(sorted(n for n in dir(builtins) if n not in site_names))

# the layout sizes of builtin types
for t in (object, int, bool, float, tuple, list, dict, set, bytes):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
class Plain:
    pass
class Slotted:
    __slots__ = ("a", "b")
print(Plain.__dictoffset__ != 0, Plain.__weakrefoffset__ != 0, Slotted.__dictoffset__, Slotted.__weakrefoffset__)
print(Slotted.__basicsize__ - object.__basicsize__)

# dict_values: `in` iterates
values = {"a": 1, "b": [2]}.values()
print(1 in values, [2] in values, 3 in values, hasattr(values, "__contains__"))

# reversed.__length_hint__ (CPython: reversed_len)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())
shrinking = [1, 2, 3]
r = reversed(shrinking)
del shrinking[1:]
print(r.__length_hint__(), list(r), r.__length_hint__())

# super.__get__ binds an unbound super
class Base:
    def hello(self):
        return "Base.hello"
class Child(Base):
    def hello(self):
        return "Child.hello"
unbound = super(Child)
print(unbound.__get__(Child()).hello(), super(Child).__get__(None, Child) is not None)

# enumerate[int] is a generic alias
print(enumerate[int], (1).is_integer() if hasattr(int, "is_integer") else "int has no is_integer")

# OSError.characters_written (CPython: OSError_written_get/set)
error = OSError(1, "x")
try:
    error.characters_written
except AttributeError as e:
    print(repr(e))
blocked = BlockingIOError(11, "busy", 5)
print(blocked.characters_written, blocked.args)
del blocked.characters_written
try:
    del blocked.characters_written
except AttributeError as e:
    print(repr(e))
error.characters_written = 3
print(error.characters_written)
try:
    error.characters_written = "a"
except TypeError as e:
    print(e)

# generator.__del__ closes a suspended generator (CPython: _PyGen_Finalize)
def counting():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
g = counting()
next(g)
g.__del__()
print(g.gi_frame is None, list(g))
