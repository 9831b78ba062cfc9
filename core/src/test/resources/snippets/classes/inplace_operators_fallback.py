# Augmented assignment: __iadd__ first, fallback to __add__, and subscript/attribute targets
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return f"Acc({self.items})"
    def __add__(self, other):
        print("  __add__")
        return Acc(self.items + other.items)

class InPlace(Acc):
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self

a = Acc([1]); alias_a = a
a += Acc([2])
print(a, alias_a, a is alias_a)

b = InPlace([1]); alias_b = b
b += Acc([2])
print(b, alias_b, b is alias_b)

class ReturnsNone(Acc):
    def __iadd__(self, other):
        self.items.extend(other.items)

c = ReturnsNone([0])
c += Acc([1])
print(c)

class NotImpl(Acc):
    def __iadd__(self, other):
        print("  __iadd__ -> NotImplemented")
        return NotImplemented

d = NotImpl([5])
d += Acc([6])
print(d, type(d).__name__)

class Box:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, key):
        print(f"  get {key}")
        return self.data[key]
    def __setitem__(self, key, value):
        print(f"  set {key}={value}")
        self.data[key] = value

box = Box()
box["k"] += 10
box["k"] *= 2
print(box.data)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t)
