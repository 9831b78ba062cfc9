# getattr default and hasattr only swallow AttributeError; other exceptions propagate
class Weird:
    @property
    def attr_error(self):
        raise AttributeError("from property")
    @property
    def value_error(self):
        raise ValueError("from property")
    def __getattr__(self, name):
        if name == "explode":
            raise RuntimeError("exploded in __getattr__")
        raise AttributeError(name)

w = Weird()
print(getattr(w, "attr_error", "default"), hasattr(w, "attr_error"))
try:
    getattr(w, "value_error", "default")
except ValueError as e:
    print(type(e).__name__, e)
try:
    hasattr(w, "value_error")
except ValueError as e:
    print("hasattr propagated:", type(e).__name__, e)
try:
    hasattr(w, "explode")
except RuntimeError as e:
    print("hasattr propagated:", type(e).__name__, e)
print(getattr(w, "missing", None), hasattr(w, "missing"))
try:
    getattr(w, "missing")
except AttributeError as e:
    print(type(e).__name__, repr(e))

class Sub(AttributeError):
    pass

class RaisesSub:
    @property
    def x(self):
        raise Sub("subclass of AttributeError")

print(getattr(RaisesSub(), "x", "sub swallowed too"))
