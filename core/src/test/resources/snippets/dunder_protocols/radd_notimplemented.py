# binary operators: NotImplemented falls through to the reflected method; subclasses go first
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Money.__add__", type(other).__name__)
        if isinstance(other, Money):
            return Money(self.v + other.v)
        if isinstance(other, int):
            return Money(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("Money.__radd__", type(other).__name__)
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
class Euro(Money):
    def __radd__(self, other):
        print("Euro.__radd__", type(other).__name__)
        return Euro(other.v * 10 + self.v)
print(Money(1) + 2)
print(0 + Money(5))
print(sum([Money(1), Money(2)]))
print(Money(1) + Euro(2))
print(Euro(2) + Money(1))
try:
    "x" + Money(1)
except TypeError as e:
    print("TypeError:", e)
