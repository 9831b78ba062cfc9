# augmented assignment: __iadd__ first, then __add__/__radd__ if missing or NotImplemented
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __add__(self, other):
        print("__add__")
        return Bag(self.items + list(other))
    def __repr__(self):
        return f"Bag({self.items})"
class InPlaceBag(Bag):
    def __iadd__(self, other):
        print("__iadd__", type(other).__name__)
        if isinstance(other, str):
            return NotImplemented
        self.items.extend(other)
        return self
a = Bag([1]); alias = a
a += [2]
print(a, alias, a is alias)
b = InPlaceBag([1]); alias = b
b += [2]
print(b, b is alias)
b += "xy"
print(b, b is alias, type(b).__name__)
lst = [1]
lst += (2, 3)
print(lst)
try:
    lst + (4,)
except TypeError as e:
    print("TypeError:", e)
t = ([0],)
try:
    t[0] += [1]
except TypeError as e:
    print("TypeError:", e)
print(t)
