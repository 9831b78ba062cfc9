# TypeError messages when too many positional arguments are passed
def none():
    return "none"

def one(a):
    return a

def two(a, b):
    return a, b

def with_default(a, b=1):
    return a, b

def with_kwonly(a, *, k=0):
    return a, k

def with_two_kwonly(a, b=0, *, k, j=1):
    return a

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

attempt(none, 1)
attempt(none, 1, 2)
attempt(one, 1, 2)
attempt(two, 1, 2, 3)
attempt(with_default, 1, 2, 3)
attempt(with_kwonly, 1, 2)
attempt(with_kwonly, 1, 2, k=5)
attempt(with_two_kwonly, 1, 2, 3, k=1)
attempt(with_two_kwonly, 1, 2, 3, k=1, j=2)
attempt(lambda: 0, "x")

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def shift(self, d):
        return self.x + d
    @staticmethod
    def origin():
        return "origin"
    @classmethod
    def build(cls, v):
        return cls(v, v)

attempt(Point, 1, 2, 3)
attempt(Point(1, 2).shift, 1, 2)
attempt(Point.origin, 1)
attempt(Point.build, 1, 2)
