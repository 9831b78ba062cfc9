# classmethods receive the subclass they are called on; staticmethods get nothing
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def kind():
        return "point"
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"
class Point3(Point):
    def __init__(self, x, y, z=7):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return super().__repr__()[:-1] + f", {self.z})"
print(Point.origin(), Point3.origin())
p = Point3(1, 2)
print(p.origin(), p.kind(), Point3.kind())
m = Point3.origin
print(m.__self__.__name__, m.__func__.__name__)
print(type(Point.__dict__["origin"]).__name__, type(Point.__dict__["kind"]).__name__)
