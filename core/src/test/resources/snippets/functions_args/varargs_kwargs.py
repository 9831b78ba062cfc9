# *args and **kwargs collection
def f(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, sorted(kwargs)
print(f())
print(f(1, 2, x=3, y=4))
def g(a, *rest):
    return a, rest
print(g(*"xyz"))
def h(**kw):
    kw["new"] = 1
    return kw
d = {"a": 0}
print(h(**d), d)
