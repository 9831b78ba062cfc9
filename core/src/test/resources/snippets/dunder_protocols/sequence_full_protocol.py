# A complete user sequence: len, getitem with slices and negatives, iter, contains, reversed, +, *
class Seq:
    def __init__(self, *items):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Seq(*self._items[index])
        if not -len(self) <= index < len(self):
            raise IndexError(f"Seq index {index} out of range")
        return self._items[index]
    def __repr__(self):
        return f"Seq{tuple(self._items)}"
    def __eq__(self, other):
        return isinstance(other, Seq) and self._items == other._items
    def __add__(self, other):
        if not isinstance(other, Seq):
            return NotImplemented
        return Seq(*self._items, *other._items)
    def __mul__(self, n):
        return Seq(*(self._items * n))
    __rmul__ = __mul__

s = Seq(10, 20, 30, 40)
print(len(s), s[0], s[-1], s[1:3], s[::-1])
print(list(s), 30 in s, 35 in s, list(reversed(s)))
print(s + Seq(50), 2 * Seq(1), Seq(0) * 3, s == Seq(10, 20, 30, 40))
print(sum(s), max(s), sorted(s, reverse=True)[:2], tuple(s[::2]))
print([x for x in s if x > 15], dict(enumerate(s[1:])))
first, *rest = s
print(first, rest)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s + [1]
except TypeError as e:
    print(type(e).__name__, e)
print(bool(Seq()), bool(s), Seq() == Seq(), s[1:1])
print(list(zip(s, Seq("a", "b"))), list(map(lambda v: v // 10, s)))
