# Parameters captured by closures, rebinding them in the outer function afterwards
def multiplier(factor):
    def apply(x):
        return x * factor
    return apply

double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), double("ab"))

def rebinding(x):
    def get():
        return x
    x = x * 10
    return get

print(rebinding(4)())

def with_defaults(a, b=2, *rest, key="k", **extra):
    def show():
        return a, b, rest, key, sorted(extra.items())
    return show

print(with_defaults(1)())
print(with_defaults(1, 3, 4, 5, key="z", q=1, p=2)())

def params_as_cells(n):
    fns = []
    while n > 0:
        fns.append(lambda: n)
        n -= 1
    return fns

print([f() for f in params_as_cells(3)])

def star_captured(*args):
    return lambda: len(args), lambda: args[-1]

count, last = star_captured("x", "y", "z")
print(count(), last())

def positional_only_captured(p, /, q):
    return (lambda: p + q)()

print(positional_only_captured(1, q=2))
