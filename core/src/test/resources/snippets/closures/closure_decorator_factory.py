# Three-level closures: a decorator factory with arguments
def repeat(times, sep=" "):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return sep.join(str(fn(*args, **kwargs)) for _ in range(times))
        wrapper.__name__ = f"repeat{times}_{fn.__name__}"
        return wrapper
    return decorator

@repeat(3)
def hello(name):
    return f"hi {name}"

@repeat(2, sep="|")
def number():
    return 7

print(hello("bo"))
print(number())
print(hello.__name__, number.__name__)

def tagged(*tags):
    def decorator(fn):
        def wrapper():
            return [t + ":" + str(fn()) for t in tags]
        return wrapper
    return decorator

@tagged("a", "b")
@tagged("x")
def base():
    return "core"

print(base())

log = []
def trace(label):
    log.append(f"factory {label}")
    def deco(fn):
        log.append(f"decorate {fn.__name__} with {label}")
        return fn
    return deco

@trace("outer")
@trace("inner")
def target():
    return "target ran"

print(log)
print(target())
