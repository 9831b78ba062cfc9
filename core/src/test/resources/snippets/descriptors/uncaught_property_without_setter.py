# Uncaught AttributeError: assigning to a read-only property from a method
class Circle:
    def __init__(self, radius):
        self._radius = radius

    @property
    def radius(self):
        return self._radius

    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 2)

    def scale(self, factor):
        self._radius *= factor
        return self

    def reset(self):
        self.radius = 1

c = Circle(2)
print(c.radius, c.area)
print(c.scale(3).radius, c.area)
print("resetting")
c.reset()
