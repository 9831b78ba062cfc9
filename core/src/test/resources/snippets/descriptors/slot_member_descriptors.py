# __slots__ entries are member descriptors on the class, usable directly
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

v = Vec(1, 2)
xd = Vec.__dict__["x"]
print(type(xd).__name__, xd.__name__, xd.__objclass__.__name__)
print(xd.__get__(v, Vec), xd.__get__(None, Vec) is xd)
xd.__set__(v, 10)
print(v.x)
xd.__delete__(v)
try:
    v.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    xd.__get__("not a Vec", str)
except TypeError as e:
    print(type(e).__name__, e)

class Override(Vec):
    __slots__ = ()
    @property
    def x(self):
        return "property shadows slot"

try:
    Override(3, 4)
except AttributeError as e:
    print(type(e).__name__, e)
o = Override.__new__(Override)
Vec.x.__set__(o, 3)
o.y = 4
print(o.x, Vec.x.__get__(o), o.y)

class Mixed:
    __slots__ = ("a",)
    b = "class attribute"

m = Mixed()
m.a = 1
print(m.a, m.b)
try:
    m.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
