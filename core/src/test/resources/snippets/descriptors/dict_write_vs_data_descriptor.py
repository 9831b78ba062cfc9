# Writing __dict__ directly bypasses __setattr__, but data descriptors still win on reads
class Watched:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_w", "unset") + " (via descriptor)"
    def __set__(self, obj, value):
        obj.__dict__["_w"] = value

class Model:
    w = Watched()
    def __setattr__(self, name, value):
        print(f"  __setattr__ {name}")
        object.__setattr__(self, name, value)

m = Model()
m.w = "first"
print(m.w)
m.__dict__["w"] = "raw dict entry"
print(m.w, m.__dict__["w"])
vars(m)["other"] = 1
print(m.other, sorted(vars(m)))

class Plain:
    pass

p = Plain()
p.__dict__.update(a=1, b=2)
print(p.a, p.b)
p.__dict__.clear()
print(hasattr(p, "a"), vars(p))

object.__setattr__(m, "w", "through object.__setattr__")
print(m.w)
try:
    object.__setattr__(1, "x", 2)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
