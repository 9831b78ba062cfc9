# Overriding or extending a parent's property in a subclass
class Base:
    def __init__(self):
        self._name = "base"

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value.strip()

class UpperGetter(Base):
    @property
    def name(self):
        return super().name.upper()

class ExtendsSetter(Base):
    @Base.name.setter
    def name(self, value):
        Base.name.fset(self, value)
        self._name += "!"

class Plain(Base):
    name = "class attribute replaces property"

u = UpperGetter()
print(u.name)
try:
    u.name = "x"
except AttributeError as e:
    print(type(e).__name__, e)

e = ExtendsSetter()
e.name = "  padded  "
print(repr(e.name))

p = Plain()
print(p.name)
p.name = "instance value"
print(p.name, Plain.name)

class Lazy(Base):
    @property
    def name(self):
        value = Base.name.__get__(self)
        return f"<{value}>"
    @name.setter
    def name(self, value):
        super(Lazy, type(self)).name.__set__(self, value + "?")

lz = Lazy()
lz.name = " q "
print(lz.name)
