# __slots__ with inheritance: subclasses without __slots__ regain a __dict__
class Base:
    __slots__ = ("a",)

class SlottedChild(Base):
    __slots__ = ("b",)

class DictChild(Base):
    pass

sc = SlottedChild()
sc.a, sc.b = 1, 2
print(sc.a, sc.b, hasattr(sc, "__dict__"))
try:
    sc.c = 3
except AttributeError as e:
    print(type(e).__name__, e)

dc = DictChild()
dc.a = 1
dc.anything = "allowed"
print(dc.a, vars(dc))

class Shadow(Base):
    __slots__ = ("a",)

sh = Shadow()
sh.a = "child slot"
print(sh.a, Shadow.a is not Base.a)
try:
    print(Base.a.__get__(sh))
except AttributeError as e:
    print(type(e).__name__, e)

class Mixin:
    __slots__ = ()
    def describe(self):
        return f"{type(self).__name__} with a={self.a}"

class Combined(Mixin, Base):
    __slots__ = ()

c = Combined()
c.a = 7
print(c.describe(), hasattr(c, "__dict__"))

try:
    class A1:
        __slots__ = ("x",)
    class B1:
        __slots__ = ("y",)
    class AB(A1, B1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(sorted(k for k in vars(SlottedChild) if not k.startswith("__")))
