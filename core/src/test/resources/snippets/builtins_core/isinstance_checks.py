# isinstance and issubclass with tuples and bool/int
print(isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (int, str)))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, (LookupError, TypeError)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, B), type(B()) is A)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
