# reversed(): __reversed__ first, then the __len__ + __getitem__ sequence fallback
class WithReversed:
    def __reversed__(self):
        print("  __reversed__")
        return iter("zyx")
    def __iter__(self):
        return iter("xyz")

class SeqOnly:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        return self.items[i]

print(list(reversed(WithReversed())), list(WithReversed()))
print(list(reversed(SeqOnly(["a", "b", "c"]))))

class IterOnly:
    def __iter__(self):
        return iter([1, 2])

for obj in (IterOnly(), 5, {1, 2}):
    try:
        list(reversed(obj))
    except TypeError as e:
        print(type(e).__name__, e)

class Disabled(SeqOnly):
    __reversed__ = None

try:
    reversed(Disabled([1]))
except TypeError as e:
    print(type(e).__name__, e)

print(list(reversed(range(4))), list(reversed("abc")), list(reversed({"k1": 1, "k2": 2})))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))

class BadReversed:
    def __reversed__(self):
        return [3, 2, 1]

print(reversed(BadReversed()))
