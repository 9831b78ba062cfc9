# iteration uses __iter__ if present, else __getitem__ with 0, 1, 2... until IndexError
class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(Seq()))
print(2 in Seq(), 4 in Seq())
a, b, c = Seq()
print(a, b, c)
class Both(Seq):
    def __iter__(self):
        return iter(["from", "__iter__"])
print(list(Both()), Both()[1])
class Blocked(Seq):
    __iter__ = None
try:
    iter(Blocked())
except TypeError as e:
    print("TypeError:", e)
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError escapes:", e)
