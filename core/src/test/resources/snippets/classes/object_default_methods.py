# Default methods inherited from object: comparisons, format, hash, dir-like checks
class Plain:
    def __repr__(self):
        return "Plain()"

p, q = Plain(), Plain()
print(p.__eq__(p), p.__eq__(q), p.__ne__(q), p.__lt__(q))
print(object.__eq__(p, 1), p.__gt__(1), p.__le__(p))
print(format(p), format(p, ""), f"{p}")
try:
    format(p, ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{p:x}"
except TypeError as e:
    print(type(e).__name__, e)
print(p.__str__(), p.__hash__() == hash(p), p.__class__.__name__)
print(hasattr(p, "__dict__"), p.__dict__)
print(object.__init__(p) is None, type(object.__new__(Plain)).__name__)
print(p.__doc__, Plain.__doc__)

class Documented:
    "The docstring."

print(Documented.__doc__, Documented().__doc__)
print(sorted(n for n in ("__eq__", "__repr__", "__init__", "__len__") if hasattr(object, n)))
print(object.__name__, object.__bases__, object.__mro__)
