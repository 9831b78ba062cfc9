# __call__: instances as functions, decorators, signatures, and type-level lookup
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value, *, repeat=1):
        self.calls += 1
        return [value * self.factor] * repeat

double = Multiplier(2)
print(double(5), double("ab", repeat=2), double.calls)
print(list(map(double, [1, 2])), callable(double))

class Memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def slow_square(n):
    print(f"  computing {n}")
    return n * n

print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))

class Chain:
    def __init__(self, path=()):
        self.path = path
    def __call__(self, step):
        return Chain(self.path + (step,))
    def __repr__(self):
        return "/".join(self.path) or "<root>"

print(Chain()("a")("b")("c"), Chain())

class ClassCall:
    def __call__(self):
        return "instance called"

obj = ClassCall()
obj.__call__ = lambda: "instance attribute"
print(obj(), obj.__call__())

class Meta(type):
    def __call__(cls, *args):
        return f"Meta intercepted {cls.__name__}{args}"

class Product(metaclass=Meta):
    pass

print(Product(1, 2))
