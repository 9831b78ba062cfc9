# CPython's argument binding error messages
def f(a, b, *, c):
    pass
def g(x, y=1, /, z=2):
    pass
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, 2, c=3, a=5),
    lambda: g(x=1),
    lambda: g(),
    lambda: g(1, 2, 3, 4),
    lambda: f(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
