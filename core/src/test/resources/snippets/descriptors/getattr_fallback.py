# __getattr__ runs only when normal lookup fails, including AttributeError from a property
class Fallback:
    cls_attr = "class attribute"
    def __init__(self):
        self.real = "instance attribute"
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__} has no {name!r}")
    @property
    def broken(self):
        return self.missing_inside_property
    @property
    def raises_other(self):
        raise KeyError("not an AttributeError")

f = Fallback()
print(f.real, f.cls_attr)
print(f.dyn_hello)
try:
    f.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "nope", "default used"), hasattr(f, "dyn_x"), hasattr(f, "zzz"))
try:
    f.broken
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.raises_other
except KeyError as e:
    print(type(e).__name__, e)
f.dyn_set = "now real"
print(f.dyn_set)
print(Fallback.__dict__.get("dyn_x", "class access does not use __getattr__"))
try:
    Fallback.dyn_x
except AttributeError as e:
    print(type(e).__name__, e)
