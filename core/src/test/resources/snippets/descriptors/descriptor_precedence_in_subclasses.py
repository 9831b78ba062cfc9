# Descriptor precedence across a hierarchy: the first class in the MRO that has the name wins
class Loud:
    def __init__(self, label):
        self.label = label
    def __get__(self, obj, objtype=None):
        return f"{self.label} descriptor"
    def __set__(self, obj, value):
        obj.__dict__["stored"] = value

class Base:
    attr = Loud("Base")
    other = Loud("Base other")

class PlainOverride(Base):
    attr = "plain class attribute in subclass"

class DescOverride(Base):
    other = property(lambda self: "subclass property")

class Leaf(PlainOverride):
    pass

b, p, d, leaf = Base(), PlainOverride(), DescOverride(), Leaf()
print(b.attr, "|", p.attr, "|", leaf.attr)
print(d.other, "|", d.attr)

p.attr = "instance value"
print(p.attr, vars(p))
b.attr = "via __set__"
print(b.attr, vars(b))
try:
    d.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

del PlainOverride.attr
print(p.attr, "|", leaf.attr)
Base.attr = "Base attr replaced by a string"
print(p.attr, leaf.attr, Leaf().attr)
