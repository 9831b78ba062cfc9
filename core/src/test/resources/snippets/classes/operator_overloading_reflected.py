# Binary operators: __add__/__radd__, NotImplemented fallbacks, subclass-first reflection
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print(f"  __radd__ with {other!r}")
        return self.__add__(other)
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Money(-self.cents)

print(Money(5) + Money(7), Money(5) + 1, 1 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(Money(3) * 2, 2 * Money(3), -Money(4))
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Money(1) * Money(2)
except TypeError as e:
    print(type(e).__name__, e)

class Euro(Money):
    def __radd__(self, other):
        print("  Euro.__radd__ tried first")
        return Euro(other.cents + self.cents + 1000)
    def __repr__(self):
        return f"Euro({self.cents})"

print(Money(1) + Euro(2))
print(Euro(2) + Money(1))

class Left:
    def __sub__(self, other):
        return "Left.__sub__"
class Right:
    def __rsub__(self, other):
        return "Right.__rsub__"
print(Left() - Right(), 5 - Right())
try:
    Right() - Left()
except TypeError as e:
    print(type(e).__name__, e)
