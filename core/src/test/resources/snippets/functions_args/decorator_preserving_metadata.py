# A hand-written 'wraps' copies metadata and sets __wrapped__ on the wrapper
def wraps(original):
    def apply(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__dict__.update(original.__dict__)
        wrapper.__wrapped__ = original
        return wrapper
    return apply

def traced(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {result!r}")
        return result
    return wrapper

@traced
def multiply(a, b):
    """Multiply two numbers."""
    return a * b

multiply.unit = "none"

@traced
def plain(x):
    return x

print(multiply(3, 4))
print(multiply.__name__, multiply.__qualname__, multiply.__doc__)
print(multiply.__wrapped__(5, 6), multiply.__wrapped__.__name__)
print(plain.__doc__, plain(0))

class Api:
    def __repr__(self):
        return "<Api>"
    @traced
    def handler(self, request):
        "Handle a request."
        return request.upper()

print(Api().handler("get"))
print(Api.handler.__qualname__, Api.handler.__doc__)

def unwrap(fn):
    while hasattr(fn, "__wrapped__"):
        fn = fn.__wrapped__
    return fn

double_traced = traced(traced(plain.__wrapped__))
print(double_traced(7))
print(unwrap(double_traced) is plain.__wrapped__)
