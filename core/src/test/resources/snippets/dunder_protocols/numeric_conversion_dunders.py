# int()/float()/complex()/round()/abs() and unary operators dispatch to dunder methods
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, ndigits=None):
        return f"round({self.v}, {ndigits})"
    def __abs__(self):
        return f"abs({self.v})"
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "invert"
    def __repr__(self):
        return f"Num({self.v})"

n = Num(2.75)
print(int(n), float(n), complex(n))
print(round(n), round(n, 1), abs(n))
print(-n, +n, ~n, -(-n))

class OnlyIndex:
    def __index__(self):
        return 9

print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))

class BadInt:
    def __int__(self):
        return "nope"

class BadFloat:
    def __float__(self):
        return 1

for fn, obj in ((int, BadInt()), (float, BadFloat()), (int, object()), (float, "x1")):
    try:
        fn(obj)
    except (TypeError, ValueError) as e:
        print(fn.__name__, type(e).__name__, e)

class NoUnary:
    pass

for op in (lambda x: -x, lambda x: abs(x), lambda x: ~x, lambda x: round(x)):
    try:
        op(NoUnary())
    except TypeError as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(15, -1))
