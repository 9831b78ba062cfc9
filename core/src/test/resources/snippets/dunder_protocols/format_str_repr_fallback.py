# str() falls back to __repr__; format() calls __format__ with the spec
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
    def __format__(self, spec):
        return f"format[{spec}]"
o, b = OnlyRepr(), Both()
print(str(o), repr(o), f"{o}", f"{o!r}")
print(str(b), repr(b), f"{b}", f"{b!s}", f"{b!r}", f"{b:>10}")
print(format(b, "x"), "{0} {0!r} {0:spec}".format(b))
print([b], (b,), {"k": b})
try:
    format(o, "d")
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(f"{3.14159:.2f}|{'ab':^6}|{42:#x}")
