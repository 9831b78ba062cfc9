# 'in' uses __contains__, else __iter__, else __getitem__; results are coerced to bool
class WithContains:
    def __contains__(self, item):
        print(f"  __contains__({item!r})")
        return item % 2 == 0 if isinstance(item, int) else "truthy string"

class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])

class WithGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10

c = WithContains()
print(4 in c, 3 in c, 3 not in c, "x" in c)
print(2 in WithIter(), 5 in WithIter())
print(20 in WithGetitem(), 25 not in WithGetitem())

class NotContainer:
    pass

try:
    1 in NotContainer()
except TypeError as e:
    print(type(e).__name__, e)

class Disabled(WithIter):
    __contains__ = None

try:
    1 in Disabled()
except TypeError as e:
    print(type(e).__name__, e)

class NoIter(WithGetitem):
    __iter__ = None

try:
    10 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)

class Loud:
    def __eq__(self, other):
        print(f"  Loud.__eq__ vs {type(other).__name__}")
        return False

x = Loud()
print(x in [x], x in [Loud()], x in (1, x))
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {1, 2})
