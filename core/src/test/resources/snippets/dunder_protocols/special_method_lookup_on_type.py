# Implicit special-method lookup uses the type, ignoring instance attributes
class Thing:
    def __len__(self):
        return 1
    def __repr__(self):
        return "Thing(class repr)"

t = Thing()
t.__len__ = lambda: 99
t.__repr__ = lambda: "instance repr"
t.__iter__ = lambda: iter([1, 2])
t.__bool__ = lambda: False
t.__add__ = lambda other: "instance add"
print(len(t), t.__len__())
print(repr(t), t.__repr__())
print(bool(t), t.__bool__())
try:
    iter(t)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + 1
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass

p = Plain()
p.__enter__ = lambda: "entered"
p.__exit__ = lambda *a: None
try:
    with p:
        pass
except TypeError as e:
    print(type(e).__name__, e)

Plain.__len__ = lambda self: 7
Plain.__add__ = lambda self, other: f"Plain + {other}"
print(len(p), p + 3)

class GetattrDoesNotHelp:
    def __getattr__(self, name):
        print(f"  __getattr__({name})")
        return lambda *a: 0

g = GetattrDoesNotHelp()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
