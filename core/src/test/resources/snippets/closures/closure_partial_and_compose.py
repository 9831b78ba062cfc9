# Hand-written partial application and function composition with closures
def partial(fn, *bound, **bound_kw):
    def call(*args, **kwargs):
        merged = dict(bound_kw)
        merged.update(kwargs)
        return fn(*bound, *args, **merged)
    return call

def describe(a, b, c=0, *, sep="-"):
    return sep.join(str(x) for x in (a, b, c))

p1 = partial(describe, 1)
p2 = partial(describe, 1, 2, sep="+")
print(p1(2), p1(2, 3), p1(2, sep="/"))
print(p2(), p2(9), p2(sep="*"))
try:
    p2(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
pipeline = compose(str, inc, dbl, abs)
print(repr(pipeline(-4)))

def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)

print(curry3(describe)("x")("y")("z"))
