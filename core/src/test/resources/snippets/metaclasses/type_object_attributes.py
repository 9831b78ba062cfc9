# Attributes of class objects: __name__ changes, __doc__, __dict__ contents, __module__
class Sample:
    "Sample docstring."
    value = 1
    def method(self):
        return "m"

print(Sample.__name__, Sample.__doc__, Sample.__module__)
print(sorted(k for k in Sample.__dict__ if not k.startswith("__") or k in ("__doc__", "__module__")))
print("__dict__" in Sample.__dict__, "__weakref__" in Sample.__dict__)
print(Sample.__dict__["value"], Sample.__dict__["method"].__name__)

Sample.__name__ = "Renamed"
print(Sample.__name__, Sample.__qualname__, repr(Sample))
for bad in (5, None):
    try:
        Sample.__name__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Sample.__name__ = "bad\x00name"
except ValueError as e:
    print(type(e).__name__, e)

Sample.__doc__ = "changed doc"
print(Sample.__doc__, Sample().__doc__)
try:
    int.__doc__ = "nope"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Sample.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)

class NoDoc:
    pass

print(NoDoc.__doc__, type.__doc__ is not None, NoDoc.__dict__.get("__doc__", "absent"))
