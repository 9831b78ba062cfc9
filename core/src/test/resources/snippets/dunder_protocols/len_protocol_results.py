# len() validation of __len__ results: ints only, non-negative, bool and int subclasses allowed
class L:
    def __init__(self, value):
        self.value = value
    def __len__(self):
        return self.value

class MyInt(int):
    pass

class Indexable:
    def __index__(self):
        return 7

for value in (0, 5, True, MyInt(4), 10**6):
    r = len(L(value))
    print(repr(value), "->", r, type(r).__name__)

for value in (-1, 1.5, "2", None, Indexable(), 2**70):
    try:
        print(len(L(value)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(value) if not isinstance(value, Indexable) else "Indexable()", type(e).__name__, e)

class NoLen:
    pass

try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)

class LenRaises:
    def __len__(self):
        raise RuntimeError("len exploded")

try:
    len(LenRaises())
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    if LenRaises():
        pass
except RuntimeError as e:
    print("truth test also calls __len__:", e)
