# Decorators: application order, evaluation order, and the name binding they produce
order = []

def deco(label):
    order.append(f"make {label}")
    def apply(fn):
        order.append(f"apply {label} to {fn.__name__}")
        def wrapper(*args, **kwargs):
            return f"{label}({fn(*args, **kwargs)})"
        wrapper.__name__ = fn.__name__
        return wrapper
    return apply

@deco("A")
@deco("B")
@deco("C")
def core(x):
    return f"core {x}"

print(order)
print(core(1))
print(core.__name__)

def replace_with_value(fn):
    return 42

@replace_with_value
def gone():
    return "never"

print(gone, type(gone).__name__)
try:
    gone()
except TypeError as e:
    print(type(e).__name__, e)

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def alpha():
    return "a"

@register
def beta():
    return "b"

print(sorted(registry), registry["alpha"] is alpha)

@(lambda fn: lambda: fn().upper())
def shout():
    return "quiet"

print(shout())
