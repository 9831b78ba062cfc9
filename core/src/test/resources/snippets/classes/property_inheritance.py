# extending an inherited property with .getter/.setter creates a new property object
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("Base setter", value)
        self._v = value
class Child(Base):
    @Base.v.getter
    def v(self):
        return self._v * 100
class ReadOnly(Base):
    @property
    def v(self):
        return "fixed"
c = Child()
print(c.v)
c.v = 3
print(c.v, Base.v is Child.v, Base.v.fset is Child.v.fset)
r = ReadOnly()
print(r.v)
try:
    r.v = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Base().v)
