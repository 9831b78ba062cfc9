# TypeError messages for missing positional and keyword-only arguments
def one(a):
    return a

def three(a, b, c):
    return a, b, c

def kwonly(x, *, k, m):
    return x, k, m

def mixed(a, b=2, *, c, d=4):
    return a, b, c, d

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

attempt(one)
attempt(three)
attempt(three, 1)
attempt(three, 1, 2)
attempt(three, c=3)
attempt(three, b=2)
attempt(kwonly, 1)
attempt(kwonly, 1, k=2)
attempt(kwonly, k=2, m=3)
attempt(mixed, c=1)
attempt(mixed)
attempt(mixed, 1)
attempt(mixed, 1, c=3)
attempt(lambda p, q: p)
attempt(lambda p, q: p, 1)

class Widget:
    def __init__(self, name, size):
        self.name = name
    def resize(self, w, h):
        return w * h

attempt(Widget)
attempt(Widget, "w")
attempt(Widget("a", 1).resize, 3)
attempt(Widget.resize, 1, 2)
