# Closures and instances as equivalent state holders; comparing behaviour
class CounterObj:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n

def counter_closure():
    n = 0
    def call():
        nonlocal n
        n += 1
        return n
    return call

a = CounterObj()
b = counter_closure()
print([a() for _ in range(3)], [b() for _ in range(3)])
print(callable(a), callable(b), type(a).__name__, type(b).__name__)
a.n = 100
print(a())
b.__closure__[0].cell_contents = 100
print(b())

def bound_method_closure():
    obj = CounterObj()
    tick = obj.__call__
    return tick, obj

tick, obj = bound_method_closure()
tick(); tick()
print(obj.n, tick.__self__ is obj, tick.__name__)

def make_methods():
    shared = []
    class Collector:
        def add(self, x):
            shared.append(x)
            return self
        def items(self):
            return list(shared)
    return Collector

C = make_methods()
c1, c2 = C(), C()
c1.add(1).add(2)
c2.add(3)
print(c1.items(), c2.items())
D = make_methods()
print(D().items())
