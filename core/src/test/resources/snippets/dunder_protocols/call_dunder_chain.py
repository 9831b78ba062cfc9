# callable objects, bound methods and partial application by hand
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
add5 = Adder(5)
print(add5(1), add5(1, y=2), list(map(add5, [1, 2])), callable(add5))
class Partial:
    def __init__(self, f, *a):
        self.f = f
        self.a = a
    def __call__(self, *b):
        return self.f(*self.a, *b)
print(Partial(max, 3)(1, 7), Partial(add5, 10)())
