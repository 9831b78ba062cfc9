# Uncaught ValueError raised by a validating descriptor during __init__
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class Rectangle:
    width = Positive()
    height = Positive()
    def __init__(self, width, height):
        self.width = width
        self.height = height
    def area(self):
        return self.width * self.height

shapes = [Rectangle(2, 3), Rectangle(5, 1)]
print([s.area() for s in shapes])

def build_all(dims):
    return [Rectangle(w, h) for w, h in dims]

print(len(build_all([(1, 1), (2, 2)])))
print("building with a zero height")
build_all([(4, 4), (3, 0)])
