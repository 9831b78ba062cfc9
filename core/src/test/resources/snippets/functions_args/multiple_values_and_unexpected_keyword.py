# "got multiple values for argument" and "unexpected keyword argument" errors
def f(a, b, c=3):
    return a, b, c

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

attempt(f, 1, 2, a=5)
attempt(f, 1, 2, 3, c=4)
attempt(f, 1, 2, d=4)
attempt(f, 1, b=2, zz=9, yy=8)
attempt(f, 1, **{"b": 2, "c": 5})
attempt(f, *[1, 2], **{"a": 0})

def g(x, **rest):
    return x, rest

attempt(g, 1, y=2)
attempt(g, 1, x=2)
attempt(g, x=1, **{"z": 3})

class Shape:
    def area(self, scale):
        return scale

attempt(Shape().area, 2, scale=3)
attempt(Shape().area, self=1, scale=2)
attempt(Shape.area, Shape(), 1, scale=3)

def h(*args, key=None):
    return args, key

attempt(h, 1, 2, keyy=3)
print("duplicate keyword while building the call itself (uncaught):")
attempt(h, key=1, **{"key": 2})
