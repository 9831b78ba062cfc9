# Lambdas are ordinary nested scopes: free variables, defaults, nested lambdas
n = 1
add_n = lambda x: x + n
print(add_n(10))
n = 5
print(add_n(10))

def make_adders():
    return [lambda x: x + i for i in range(3)]

print([f(10) for f in make_adders()])

def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in make_adders_fixed()])

curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))

def outer():
    val = "outer"
    get = lambda: val
    val = "rebound"
    return get()

print(outer())

sq = lambda x: (y := x * x) + y
print(sq(3))

print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print((lambda: __name__)())
print(add_n.__name__, add_n.__qualname__, make_adders()[0].__qualname__)

class K:
    factor = 3
    times = lambda self, x: x * K.factor

print(K().times(4))
