# A metaclass that enforces required methods at class creation and at instantiation
class Interface(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        abstract = {k for k, v in ns.items() if getattr(v, "is_abstract", False)}
        for base in bases:
            for k in getattr(base, "abstract_methods", ()):
                if getattr(getattr(cls, k), "is_abstract", False):
                    abstract.add(k)
        cls.abstract_methods = frozenset(abstract)
        return cls
    def __call__(cls, *args, **kwargs):
        if cls.abstract_methods:
            missing = ", ".join(sorted(cls.abstract_methods))
            raise TypeError(f"Can't instantiate {cls.__name__} without: {missing}")
        return super().__call__(*args, **kwargs)

def abstract(fn):
    fn.is_abstract = True
    return fn

class Shape(metaclass=Interface):
    @abstract
    def area(self): ...
    @abstract
    def name(self): ...
    def describe(self):
        return f"{self.name()} with area {self.area()}"

class Partial(Shape):
    def area(self):
        return 1

class Square(Partial):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def name(self):
        return "square"

print(sorted(Shape.abstract_methods), sorted(Partial.abstract_methods), sorted(Square.abstract_methods))
print(Square(3).describe())
for cls in (Shape, Partial):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
