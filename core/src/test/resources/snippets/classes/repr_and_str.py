# __repr__ vs __str__: fallbacks, containers, f-string conversions, and format()
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "only-str"
    __repr__ = lambda self: "<OnlyStr>"

class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both({self.v!r})"
    def __str__(self):
        return f"both with {self.v}"

r, s, b = OnlyRepr(), OnlyStr(), Both("x")
print(r, str(r), repr(r))
print(s, str(s), repr(s))
print(b, str(b), repr(b))
print([r, s, b])
print({"key": b}, (b,))
print(f"{b} {b!r} {b!s} {b!a}")
print(format(b), "{0} {0!r}".format(b))
print("%s and %r" % (b, b))
print(str([b]), repr(str(b)))

class Unicode:
    def __repr__(self):
        return "Ünïcode"

print(repr(Unicode()), ascii(Unicode()), f"{Unicode()!a}")

class BadRepr:
    def __repr__(self):
        return 42

class BadStr:
    def __str__(self):
        return None

for obj, fn in ((BadRepr(), repr), (BadStr(), str)):
    try:
        fn(obj)
    except TypeError as e:
        print(type(e).__name__, e)

class Sub(Both):
    pass

print(Sub(3), repr(Sub(3)))
print(repr(Both), repr(OnlyRepr).startswith("<class"))
