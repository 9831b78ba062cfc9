# Classes and dataclasses: inheritance, properties, dunder methods, @dataclass, ordering
from dataclasses import dataclass, field


class Shape:
    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"


class Rectangle(Shape):
    def __init__(self, width, height):
        self.width, self.height = width, height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def side(self):
        return self.width


shapes = [Rectangle(2, 3), Square(4)]
print(shapes, Square(5).side, Square.__mro__[1].__name__)


@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)


hand = [Card(12, "hearts"), Card(3, "spades"), Card(7, "clubs")]
print(sorted(hand))
print(Card(3, "x") == Card(3, "y"), Card(2, "a") < Card(10, "b"))


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2) + Point(3, 4)
print(p, hash(p) == hash(Point(4, 6)))
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__, e)
