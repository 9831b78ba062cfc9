# rich comparisons reflect (__lt__ <-> __gt__) and == falls back to identity
class Version:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"Version({self.n}).__lt__")
        if isinstance(other, Version):
            return self.n < other.n
        return NotImplemented
    def __eq__(self, other):
        print(f"Version({self.n}).__eq__")
        if isinstance(other, Version):
            return self.n == other.n
        return NotImplemented
a, b = Version(1), Version(2)
print(a < b)
print(b > a)
print(a != Version(1))
print(a == "1", a != "1")
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
print(min(Version(3), Version(1), Version(2)).n)
print(a == a, [a] == [a])
