# Metaclass methods and attributes are visible on the class but not on its instances
class Meta(type):
    meta_attr = "defined on metaclass"
    def describe(cls):
        return f"class {cls.__name__} with {sorted(k for k in vars(cls) if not k.startswith('__'))}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class Thing(metaclass=Meta):
    a = 1
    def method(self):
        return "method"

print(Thing.describe(), Thing.upper_name, Thing.meta_attr)
t = Thing()
for name in ("describe", "upper_name", "meta_attr"):
    try:
        getattr(t, name)
    except AttributeError as e:
        print(type(e).__name__, e)

class Sub(Thing):
    b = 2

print(type(Sub).__name__, Sub.describe(), Sub.upper_name)

class Shadow(metaclass=Meta):
    meta_attr = "class attribute shadows metaclass attribute"
    upper_name = "class attr vs metaclass property"

print(Shadow.meta_attr)
print(Shadow.upper_name)
print(Shadow().upper_name)
try:
    Thing.upper_name = "x"
except AttributeError as e:
    print(type(e).__name__, e)
print(Meta.describe(Thing), type.__dict__["__name__"].__get__(Thing))
