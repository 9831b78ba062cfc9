# Attribute and method lookups at one call site must see every change to the classes behind them
# (the VM caches them per instruction, keyed on a type version).


class A:
    x = 1

    def m(self):
        return "A.m"


class B(A):
    pass


class C:
    def m(self):
        return "C.m"


def get_x(o):
    return o.x


def call_m(o):
    return o.m()


def set_y(o, v):
    o.y = v


a, b = A(), B()
for step in range(3):
    print(step, get_x(a), get_x(b), call_m(a), call_m(b))

A.x = 2                          # class attribute replaced
print(get_x(a), get_x(b))
B.x = 3                          # a subclass now shadows it
print(get_x(a), get_x(b))
del B.x
print(get_x(b))
A.m = lambda self: "new A.m"     # method replaced
print(call_m(a), call_m(b))
b.m = lambda: "instance m"       # instance dict shadows the method
print(call_m(b))
del b.m
print(call_m(b))
a.__class__ = C                  # __class__ assignment
print(call_m(a), get_x(b))
try:
    get_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.__class__ = A


class Base:
    pass


class D(Base):
    pass


d = D()
d.v = "dict"
print(get_x.__name__, [getattr(d, "v")])


def get_v(o):
    return o.v


print(get_v(d))
Base.v = property(lambda self: "property")   # a data descriptor on a base wins over the dict
print(get_v(d))
del Base.v
print(get_v(d))
D.__bases__ = (A,)                            # new bases: new MRO
print(get_x(d), call_m(d))

# a polymorphic site: several classes through the same instruction
shapes = [A(), B(), C(), D()]
for s in shapes * 2:
    print(type(s).__name__, call_m(s))

# stores: a data descriptor added after the site ran
log = []


class P:
    pass


p = P()
for i in range(3):
    set_y(p, i)
print(p.__dict__)
P.y = property(lambda self: "got", lambda self, v: log.append(v))
set_y(p, 10)
print(p.__dict__, log, p.y)
del P.y
set_y(p, 11)
print(p.__dict__)
P.__setattr__ = lambda self, k, v: log.append((k, v))
set_y(p, 12)
print(p.__dict__, log)
del P.__setattr__

# __getattr__ fallback when a property raises AttributeError
class G:
    @property
    def z(self):
        raise AttributeError("no z")

    def __getattr__(self, name):
        return "fallback " + name


def get_z(o):
    return o.z


for _ in range(2):
    print(get_z(G()))
G.__getattribute__ = lambda self, name: "custom " + name
print(get_z(G()), get_x(G()))

# module attributes
import math


def pi():
    return math.pi


print(pi())
math.pi = 3
print(pi())
del math.pi
try:
    pi()
except AttributeError as e:
    print("AttributeError:", e)
math.pi = 3.141592653589793


# recursion reuses frames: each level keeps its own locals
def depth(n, acc):
    if n == 0:
        return acc
    mine = [n]
    r = depth(n - 1, acc + mine)
    return r + mine


print(depth(40, []))
