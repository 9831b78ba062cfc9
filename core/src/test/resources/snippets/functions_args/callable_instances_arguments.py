# Instances with __call__: argument binding, errors naming __call__, and dunder lookup on type
class Adder:
    def __init__(self, base):
        self.base = base
    def __call__(self, x, *, twice=False):
        result = self.base + x
        return result * 2 if twice else result

add5 = Adder(5)
print(add5(1), add5(1, twice=True), add5.__call__(2))
for args, kwargs in [((), {}), ((1, 2), {}), ((1,), {"thrice": True})]:
    try:
        add5(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

class Swappable:
    def __call__(self):
        return "class-level __call__"

s = Swappable()
print(s())
Swappable.__call__ = lambda self: "replaced on the class"
print(s())

class StaticCall:
    @staticmethod
    def __call__(x):
        return f"static {x}"

print(StaticCall()(3))

class CallReturnsCallable:
    def __call__(self, n):
        return lambda m: n * m

print(CallReturnsCallable()(3)(4))
print(list(map(Adder(100), [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(-10)))
