# Function attributes and closures combined; attributes live on the function object
def make():
    hits = 0
    def handler(x):
        nonlocal hits
        hits += 1
        handler.last = x
        return hits
    handler.last = None
    handler.label = "primary"
    return handler

h = make()
print(h.last, h.label)
print(h("a"), h("b"), h.last)
h.label = "changed"
print(sorted(k for k in vars(h)))

other = make()
print(other.label, other.last)

def counting(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

@counting
def square(n):
    return n * n

print([square(i) for i in range(4)], square.calls)
print(square.__name__, square.__qualname__)

def f():
    pass

f.__dict__["manual"] = 7
print(f.manual, getattr(f, "missing", "no attribute"))
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)
