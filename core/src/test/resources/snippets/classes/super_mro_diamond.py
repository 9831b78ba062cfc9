# cooperative super() in a diamond follows the MRO, visiting each class once
class Base:
    def hello(self, trail):
        trail.append("Base")
        return trail
class Left(Base):
    def hello(self, trail):
        trail.append("Left")
        return super().hello(trail)
class Right(Base):
    def hello(self, trail):
        trail.append("Right")
        return super().hello(trail)
class Child(Left, Right):
    def hello(self, trail):
        trail.append("Child")
        return super().hello(trail)
print([c.__name__ for c in Child.__mro__])
print(Child().hello([]))
print(Left().hello([]))
class Other(Right, Left):
    pass
print([c.__name__ for c in Other.__mro__])
print(Other().hello([]))
