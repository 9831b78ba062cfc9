# __set_name__ is called at class creation with the owner class and attribute name
class Field:
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, f"<unset {self.name}>")
    def __set__(self, obj, value):
        setattr(obj, self.storage, value)

print("defining Person")
class Person:
    first = Field()
    last = Field()
    alias = first

p = Person()
p.first = "Ada"
print(p.first, p.last, p.alias, sorted(vars(p)))
print(Person.first.name, Person.alias is Person.first)

f = Field()
class Later:
    pass
Later.added = f
print(hasattr(f, "name"))
f.__set_name__(Later, "added")
print(f.name)

class NoHook:
    def __get__(self, obj, objtype=None):
        return "no hook needed"

class UsesBoth:
    a = NoHook()
    b = Field()

print(UsesBoth().a, UsesBoth().b)

class Broken:
    def __set_name__(self, owner, name):
        raise ValueError(f"refusing {name}")

try:
    class Fails:
        attr = Broken()
except Exception as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
