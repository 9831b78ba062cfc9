# `in` uses __contains__ (result made bool), else __iter__, else __getitem__
class Truthy:
    def __contains__(self, item):
        print("contains", item)
        return [item] if item else []
class IterOnly:
    def __iter__(self):
        print("iter called")
        yield from (1, 2, 3)
class GetOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return "abc"[i]
print(5 in Truthy(), 0 in Truthy(), 5 not in Truthy())
print(2 in IterOnly(), 9 in IterOnly())
print("b" in GetOnly(), "z" in GetOnly())
class NoContains(IterOnly):
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
print(nan in [nan], nan == nan)
