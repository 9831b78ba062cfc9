# How positional arguments fill parameters with defaults before *args collects the rest
def f(a, b=10, c=20, *rest, d=30):
    return a, b, c, rest, d

print(f(1))
print(f(1, 2))
print(f(1, 2, 3))
print(f(1, 2, 3, 4, 5))
print(f(1, c=3))
print(f(1, 2, d=4))
print(f(*[1, 2, 3, 4], d=5))

try:
    f(1, 2, 3, 4, c=5)
except TypeError as e:
    print(type(e).__name__, e)

def g(a, *rest, b):
    return a, rest, b

print(g(1, b=2))
print(g(1, 2, 3, b=4))
try:
    g(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

def h(a=1, /, *rest, **kw):
    return a, rest, kw

print(h())
print(h(5, 6, a=7))

def only_defaults(x=1, y=2, z=3):
    return x, y, z

print(only_defaults(z=30), only_defaults(9, z=30), only_defaults(*(), **{}))
print(only_defaults(*"ab"), only_defaults(**dict(y="Y")))
