# __delattr__ intercepts del statements and delattr(); interaction with descriptors
class Guarded:
    protected = ("id",)
    def __init__(self):
        self.id = 1
        self.note = "temp"
    def __delattr__(self, name):
        print(f"  __delattr__({name!r})")
        if name in self.protected:
            raise AttributeError(f"{name} is protected")
        super().__delattr__(name)

g = Guarded()
del g.note
print(vars(g))
try:
    del g.id
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(g, "missing")
except AttributeError as e:
    print(type(e).__name__, e)

class WithDeleter:
    @property
    def p(self):
        return "p"
    @p.deleter
    def p(self):
        print("  property deleter")
    def __delattr__(self, name):
        print(f"  __delattr__({name!r}) first")
        object.__delattr__(self, name)

w = WithDeleter()
del w.p
try:
    del w.q
except AttributeError as e:
    print(type(e).__name__, e)

class ClassLevel:
    attr = 1

c = ClassLevel()
try:
    del c.attr
except AttributeError as e:
    print(type(e).__name__, e)
del ClassLevel.attr
print(hasattr(c, "attr"))
