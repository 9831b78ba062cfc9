# __new__ runs before __init__; __init__ is skipped when __new__ returns a foreign object
class Traced:
    def __new__(cls, *args, **kwargs):
        print(f"  __new__({cls.__name__}, {args}, {kwargs})")
        instance = super().__new__(cls)
        instance.created_by_new = True
        return instance
    def __init__(self, value, *, flag=False):
        print(f"  __init__(value={value}, flag={flag})")
        self.value = value

t = Traced(5, flag=True)
print(t.value, t.created_by_new)

class ReturnsOther:
    def __new__(cls):
        print("  __new__ returning an int")
        return 42
    def __init__(self):
        print("  __init__ never called")

r = ReturnsOther()
print(r, type(r).__name__)

class Base:
    pass

class ReturnsSubclass(Base):
    def __new__(cls):
        return object.__new__(Child)
    def __init__(self):
        print("  ReturnsSubclass.__init__")

class Child(ReturnsSubclass):
    def __init__(self):
        print("  Child.__init__ called")

c = ReturnsSubclass()
print(type(c).__name__)

class BadInit:
    def __init__(self):
        return "not None"

try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)

class Reinit:
    def __init__(self, n):
        self.n = n

x = Reinit(1)
x.__init__(2)
print(x.n)
y = Reinit.__new__(Reinit)
print(hasattr(y, "n"), type(y).__name__)
