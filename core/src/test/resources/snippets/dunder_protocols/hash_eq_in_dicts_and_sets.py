# Custom __hash__/__eq__ as dict keys and set members; the first key object is kept
class Key:
    def __init__(self, name, tag=""):
        self.name, self.tag = name, tag
    def __hash__(self):
        print(f"  hash({self.name}{self.tag})")
        return len(self.name)
    def __eq__(self, other):
        print(f"  eq({self.name}{self.tag}, {other.name}{other.tag})")
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name}{self.tag})"

d = {}
first = Key("ab", "#1")
d[first] = 1
print("insert equal key with a different tag:")
d[Key("ab", "#2")] = 2
print(d, list(d)[0] is first)
print("lookup with the same object (identity shortcut):")
print(d[first])
print("same hash, different name:")
d[Key("xy")] = 3
print(len(d))

s = {Key("a", "!1")}
s.add(Key("a", "!2"))
print(s)
print(Key("a") in s)
print(Key("zz") in s)

class ConstantHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"C{self.v}"

items = {ConstantHash(i) for i in [1, 2, 1, 3, 2]}
print(sorted(items, key=lambda c: c.v), len(items))
print({ConstantHash(1): "a", ConstantHash(1): "b"})
