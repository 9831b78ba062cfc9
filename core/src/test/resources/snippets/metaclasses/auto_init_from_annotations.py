# __init_subclass__ generating __init__/__repr__/__eq__ from class annotations (dataclass-like)
class Record:
    def __init_subclass__(cls, frozen=False, **kw):
        super().__init_subclass__(**kw)
        names = []
        for klass in reversed(cls.__mro__):
            for n in vars(klass).get("__annotations__", {}):
                if n not in names:
                    names.append(n)
        defaults = {n: getattr(cls, n) for n in names if hasattr(cls, n)}

        def __init__(self, *args, **kwargs):
            values = dict(defaults)
            values.update(zip(names, args))
            values.update(kwargs)
            missing = [n for n in names if n not in values]
            if missing:
                raise TypeError(f"{cls.__name__} missing {', '.join(missing)}")
            for n in names:
                object.__setattr__(self, n, values[n])

        def __repr__(self):
            return f"{type(self).__name__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in names) + ")"

        def __setattr__(self, name, value):
            if frozen:
                raise AttributeError(f"{type(self).__name__} is frozen")
            object.__setattr__(self, name, value)

        cls.__init__, cls.__repr__, cls.__setattr__ = __init__, __repr__, __setattr__
        cls.__eq__ = lambda self, other: repr(self) == repr(other)
        cls.field_names = tuple(names)

class Point(Record):
    x: int
    y: int = 0

class Point3(Point, frozen=True):
    z: int = 5

print(Point(1), Point(1, 2), Point(y=3, x=4))
p3 = Point3(1, 2)
print(p3, Point3.field_names, p3 == Point3(1, 2, 5))
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    p3.x = 10
except AttributeError as e:
    print(type(e).__name__, e)
pt = Point(0)
pt.x = 9
# __eq__ assigned after class creation does not reset __hash__
print(pt, Point.__hash__ is object.__hash__)
