# Building classes in a factory: closures in methods, and super() needing the __class__ cell
def make_model(name, fields, base=object):
    def __init__(self, *values):
        if len(values) != len(fields):
            raise TypeError(f"{name} expects {len(fields)} values, got {len(values)}")
        for f, v in zip(fields, values):
            setattr(self, f, v)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    ns = {"__init__": __init__, "__repr__": __repr__, "__eq__": __eq__, "fields": tuple(fields)}
    return type(name, (base,), ns)

Point = make_model("Point", ["x", "y"])
Color = make_model("Color", ["r", "g", "b"])
print(Point(1, 2), Color(0, 128, 255), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Point.__init__.__qualname__, Point.fields, Point.__hash__)

def describe(self):
    return "dynamic: " + super().describe()

class Parent:
    def describe(self):
        return "Parent.describe"

Dyn = type("Dyn", (Parent,), {"describe": describe})
try:
    Dyn().describe()
except RuntimeError as e:
    print(type(e).__name__, e)

def describe_explicit(self):
    return "explicit: " + super(Dyn2, self).describe()

Dyn2 = type("Dyn2", (Parent,), {"describe": describe_explicit})
print(Dyn2().describe())

class Real(Parent):
    def describe(self):
        return "real: " + super().describe()

print(Real().describe(), Real.describe.__code__.co_freevars)
