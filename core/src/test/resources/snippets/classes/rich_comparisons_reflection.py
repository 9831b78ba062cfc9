# Rich comparisons: reflected operations, NotImplemented, and unsupported-comparison errors
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __lt__(self, other):
        print(f"  {self!r}.__lt__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

a, b = Version(1, 2), Version(1, 10)
print(a < b)
print(b > a)
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(a == Version(1, 2), a != b, a == "1.2")
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 > a
except TypeError as e:
    print(type(e).__name__, e)

class Special(Version):
    def __gt__(self, other):
        print(f"  Special.__gt__ called first")
        return True

print(a < Special(0))
print(Version(1) < Version(2) < Version(3))
print(max([Version(3), Version(10), Version(2)]))
