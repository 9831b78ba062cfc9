# Wrappers that forward *args/**kwargs, add or remove arguments, and preserve errors
def target(a, b=0, *, scale=1):
    return (a + b) * scale

def passthrough(*args, **kwargs):
    return target(*args, **kwargs)

def inject_scale(*args, **kwargs):
    kwargs.setdefault("scale", 10)
    return target(*args, **kwargs)

def strip_unknown(*args, **kwargs):
    allowed = {"b", "scale"}
    dropped = sorted(k for k in kwargs if k not in allowed)
    clean = {k: v for k, v in kwargs.items() if k in allowed}
    return target(*args, **clean), dropped

print(passthrough(1), passthrough(1, 2), passthrough(1, b=2, scale=3))
print(inject_scale(1, 2), inject_scale(1, 2, scale=2))
print(strip_unknown(1, b=2, colour="red", size=9))

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"scale": 2, "zoom": 1})]:
    try:
        print(passthrough(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

def logged(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"call {fn.__name__}({', '.join(parts)})")
        return fn(*args, **kwargs)
    return wrapper

logged_target = logged(target)
print(logged_target(2, b=3, scale=2))
try:
    logged_target()
except TypeError as e:
    print(type(e).__name__, e)
