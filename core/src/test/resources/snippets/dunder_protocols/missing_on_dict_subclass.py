# __missing__ is called by dict.__getitem__ only, not by get(), in, or setdefault()
class Defaulting(dict):
    def __missing__(self, key):
        print(f"  __missing__({key!r})")
        value = self[key] = len(str(key))
        return value

d = Defaulting(a=1)
print(d["a"], d["hello"], d)
print(d.get("zzz"), "zzz" in d, d.setdefault("q", 0), d)

class Counter(dict):
    def __missing__(self, key):
        return 0

counts = Counter()
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["x"], "x" in counts)

class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no entry for {key!r}")

s = Strict(k=1)
try:
    s["missing"]
except KeyError as e:
    print(type(e).__name__, e)

class NotDict:
    def __missing__(self, key):
        return "never used"
    def __getitem__(self, key):
        raise KeyError(key)

try:
    NotDict()["x"]
except KeyError as e:
    print("plain class:", type(e).__name__, e)

class Nested(dict):
    def __missing__(self, key):
        child = self[key] = Nested()
        return child

tree = Nested()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree, type(tree["a"]).__name__)
print(dict.__getitem__(Counter(z=5), "z"))
