# reversed() uses __reversed__, else __len__ + __getitem__
class WithReversed:
    def __reversed__(self):
        print("__reversed__")
        return iter("zyx")
class Sequence:
    def __len__(self):
        print("__len__")
        return 3
    def __getitem__(self, i):
        print("getitem", i)
        return i * 10
class IterOnly:
    def __iter__(self):
        return iter([1, 2])
print(list(reversed(WithReversed())))
print([x for x in reversed(Sequence())])
try:
    reversed(IterOnly())
except TypeError as e:
    print("TypeError:", e)
class Disabled(Sequence):
    __reversed__ = None
try:
    reversed(Disabled())
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
