# Special methods defined on a metaclass apply to the class object itself
class EnumMeta(type):
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[cls._names.index(name)]
    def __contains__(cls, value):
        return value in cls._members
    def __repr__(cls):
        return f"<enum {cls.__name__}: {', '.join(cls._names)}>"
    def __new__(mcs, name, bases, ns):
        names = [k for k in ns if k.isupper()]
        cls = super().__new__(mcs, name, bases, ns)
        cls._names = names
        cls._members = [ns[k] for k in names]
        return cls
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
    def __bool__(cls):
        return bool(cls._members)

class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
    helper = "not a member"

class Empty(metaclass=EnumMeta):
    pass

print(repr(Color), len(Color), list(Color))
print(Color["GREEN"], 3 in Color, 7 in Color)
print(Color | Empty, bool(Color), bool(Empty))
print(sorted(Color, reverse=True), max(Color), [c * 10 for c in Color])
print(str(Color), f"{Color!r}")
c = Color()
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except ValueError as e:
    print(type(e).__name__, e)
