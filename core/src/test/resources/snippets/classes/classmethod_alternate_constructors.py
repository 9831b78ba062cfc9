# classmethods receive the subclass; alternate constructors and class-level counters
class Shape:
    count = 0
    def __init__(self, *dims):
        self.dims = dims
        type(self).count += 1
    @classmethod
    def unit(cls):
        return cls(*([1] * cls.n_dims))
    @classmethod
    def from_string(cls, text):
        return cls(*(int(p) for p in text.split("x")))
    def __repr__(self):
        return f"{type(self).__name__}{self.dims}"

class Square(Shape):
    n_dims = 1

class Box(Shape):
    n_dims = 3

print(Square.unit(), Box.unit(), Box.from_string("2x3x4"))
print(Shape.count, Square.count, Box.count)
try:
    Shape.unit()
except AttributeError as e:
    print(type(e).__name__, e)

b = Box(1, 1, 1)
print(b.unit(), type(b.unit()).__name__, Box.count)

class Tracker:
    instances = []
    def __init__(self):
        self.instances.append(self)
    @classmethod
    def how_many(cls):
        return len(cls.instances)

class SubTracker(Tracker):
    instances = []

Tracker(); Tracker(); SubTracker()
print(Tracker.how_many(), SubTracker.how_many())
cm = Tracker.__dict__["how_many"]
print(type(cm).__name__, cm.__func__.__name__, cm.__get__(None, SubTracker)())
