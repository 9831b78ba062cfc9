# properties are inherited and can be overridden
class Base:
    @property
    def name(self):
        return "base"
    @property
    def size(self):
        return 1
class Child(Base):
    @property
    def name(self):
        return "child of " + super().name
c = Child()
print(c.name, c.size, isinstance(Child.name, property))
try:
    c.size = 3
except AttributeError as e:
    print(e)
