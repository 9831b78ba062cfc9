# property getter, setter and deleter, and errors for missing accessors
class Temp:
    def __init__(self):
        self._c = 20
    def _get(self):
        return self._c
    def _set(self, v):
        if v < -273:
            raise ValueError("below absolute zero")
        self._c = v
    def _del(self):
        print("deleting")
        del self._c
    celsius = property(_get, _set, _del, "temperature in C")
    fixed = property(lambda self: 1)
t = Temp()
t.celsius = 30
print(t.celsius, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "celsius"))
for action in ("set", "del"):
    try:
        if action == "set":
            t.fixed = 2
        else:
            del t.fixed
    except AttributeError as e:
        print(action, "AttributeError:", e)
