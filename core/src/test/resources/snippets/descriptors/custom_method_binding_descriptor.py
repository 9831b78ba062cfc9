# A descriptor that binds like a function: returns a callable closed over the instance
class method_with_log:
    def __init__(self, fn):
        self.fn = fn
        self.calls = []
    def __set_name__(self, owner, name):
        self.qualname = f"{owner.__name__}.{name}"
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args, **kwargs):
            self.calls.append((obj.name, args))
            return self.fn(obj, *args, **kwargs)
        bound.__name__ = self.fn.__name__
        return bound

class Greeter:
    def __init__(self, name):
        self.name = name
    @method_with_log
    def greet(self, other, punctuation="!"):
        return f"{self.name} greets {other}{punctuation}"

a, b = Greeter("ann"), Greeter("bob")
print(a.greet("cy"), b.greet("dee", punctuation="?"))
g = a.greet
print(g("eve"), g.__name__)
print(Greeter.greet.calls)
print(Greeter.greet.qualname, type(Greeter.greet).__name__)
print(a.greet is a.greet, a.greet == a.greet)
try:
    a.greet()
except TypeError as e:
    print(type(e).__name__, e)
print(Greeter.greet.fn(b, "direct"))
