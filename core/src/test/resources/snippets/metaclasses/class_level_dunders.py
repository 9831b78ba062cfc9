# dunder methods on a metaclass make the class object itself iterable and subscriptable
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {k: v for k, v in ns.items() if k.isupper()}
        return cls
    def __iter__(cls):
        return iter(cls._members.items())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, key):
        return cls._members[key]
    def __contains__(cls, value):
        return value in cls._members.values()
    def __repr__(cls):
        return f"<enum {cls.__name__}: {', '.join(cls._members)}>"
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 4
    helper = "ignored"
print(Color, len(Color), list(Color))
print(Color["GREEN"], 4 in Color, 3 in Color)
print(bool(Color), sorted(dict(Color)))
c = Color()
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
