# property.setter/getter/deleter return new property objects; the original is unchanged
def get_x(self):
    return self._x

def set_x(self, value):
    self._x = value * 2

read_only = property(get_x)
read_write = read_only.setter(set_x)
print(read_only is read_write, read_only.fset, read_write.fset is set_x)

class Box:
    x = read_only
    y = read_write
    def __init__(self):
        self._x = 1

b = Box()
print(b.x, b.y)
try:
    b.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
b.y = 5
print(b.x, b.y)

p = property(fget=lambda self: "got", doc="custom doc")
print(p.__doc__, p.fget(None), p.fset, p.fdel)

class Documented:
    @property
    def value(self):
        "Value docstring from getter."
        return 1

print(Documented.value.__doc__)

class Reuse:
    prop = property(lambda self: "v1")
    prop_v2 = prop.getter(lambda self: "v2")

r = Reuse()
print(r.prop, r.prop_v2)

class NoGetter:
    only_set = property(None, lambda self, v: print("  setter only got", v))

n = NoGetter()
n.only_set = 3
try:
    n.only_set
except AttributeError as e:
    print(type(e).__name__, e)
