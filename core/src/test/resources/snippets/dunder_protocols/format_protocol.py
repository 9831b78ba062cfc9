# __format__: format spec delivery from format(), f-strings, str.format, and conversions
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print(f"  __format__({spec!r})")
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money-str"
    def __repr__(self):
        return "Money-repr"

m = Money(1234)
print(format(m))
print(format(m, "cents"))
print(f"{m} | {m:cents} | {m:>10.1f}")
width = 8
print(f"[{m:>{width}.3f}]")
print("{0} {0:cents} {0!s} {0!r}".format(m))
print(f"{m!s:>12}|{m!r:<12}|")
print("{:cents}".format(m), "%s" % m)

class Bad:
    def __format__(self, spec):
        return 42

try:
    f"{Bad()}"
except TypeError as e:
    print(type(e).__name__, e)

class Inherit(Money):
    pass

print(f"{Inherit(5):cents}")
print(format(3.14159, ".2f"), format(42, "08b"), format("hi", "^6"), format(1234567, ","))
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
