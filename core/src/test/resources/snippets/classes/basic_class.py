# instances, class attributes and methods
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
p = Point(1, 2) + Point(3, 4)
print(p, p.dims, Point.dims, type(p).__name__)
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))
