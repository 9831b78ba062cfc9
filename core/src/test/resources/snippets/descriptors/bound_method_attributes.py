# A bound method shows its function's attributes (CPython: method_getattro), after its own


def flagged(f):
    f.flag = "set on the function"
    return f


class Thing:
    def __repr__(self):
        return "Thing()"

    @flagged
    def run(self, a, b=2, *, c=3):
        "Run it."
        return a + b + c


m = Thing().run
print(m.flag, getattr(m, "flag", None), hasattr(m, "missing"), getattr(m, "missing", "default"))
print(m.__name__, m.__qualname__, m.__doc__, m.__module__, m.__defaults__, m.__kwdefaults__)
print(m.__code__.co_varnames, m.__dict__, m.__func__ is Thing.run, m.__self__)
print(type(m.__globals__).__name__, m.__closure__, m.__annotations__)
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.flag = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
Thing.run.other = 5
print(m.other, Thing().run.other)
print(m.__reduce__())
print(m.__reduce__()[0](*m.__reduce__()[1])(1))
print(m == Thing.run.__get__(m.__self__), m(1), m.__call__(1, 1, c=1))
print(sorted(set(dir(m)) - set(dir(Thing.run))))
print(sorted(n for n in set(dir(Thing.run)) - set(dir(m)) if not n.startswith("__")))


class Callable:
    x = "class attribute of the callable"

    def __call__(self, other):
        return other


bound = type(m)(Callable(), "self object")
print(bound.x, bound(), bound.__func__.x)
