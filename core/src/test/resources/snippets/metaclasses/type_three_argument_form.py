# Creating classes dynamically with type(name, bases, namespace)
def greet(self):
    return f"hello from {type(self).__name__} #{self.n}"

Base = type("Base", (), {"n": 0, "greet": greet})
Child = type("Child", (Base,), {"n": 1, "__repr__": lambda self: "Child()"})

print(Base, Child, Child.__bases__, Child.__mro__[-1])
print(Base().greet(), Child().greet(), Child())
print(Base.__qualname__, Base.__module__, Child.__name__)
print(type(Base) is type, isinstance(Child(), Base))

Auto = type("Auto", (object,), {})
print(Auto.__bases__, type("E", (), {}).__bases__)

WithQual = type("WithQual", (), {"__qualname__": "Outer.WithQual", "__module__": "mod"})
print(repr(WithQual))

Slotted = type("Slotted", (), {"__slots__": ("a",)})
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)

for args in ((), ("X", ()), ("X", (), {}, 1), ("X", [], {}), ("X", (), []), (1, (), {})):
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)

print(type(5).__name__, type("s") is str)
ns = {"counter": 0}
Counted = type("Counted", (), ns)
ns["counter"] = 99
print(Counted.counter, "counter" in vars(Counted))
