# Mutating an object after using it as a key breaks lookups (hash computed at insert time)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"P({self.x},{self.y})"

p = Point(1, 2)
table = {p: "original"}
s = {p}
p.x = 100
print(p in table, p in s, Point(1, 2) in table)
print(list(table), table.get(Point(100, 2), "not found"))
print([k for k in table if k == Point(100, 2)])
p.x = 1
print(p in table, table[p])

try:
    {[1, 2]: "list key"}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): "tuple containing list"}
except TypeError as e:
    print(type(e).__name__, e)
print({(1, (2, 3)): "nested tuples are fine"}[(1, (2, 3))])
print({frozenset({1, 2}): "frozenset key"}[frozenset({2, 1})])

class HashChanges:
    counter = 0
    def __hash__(self):
        HashChanges.counter += 1
        return HashChanges.counter

h = HashChanges()
d = {h: 1}
print(h in d, h in [h], d.get(h, "lost"))
