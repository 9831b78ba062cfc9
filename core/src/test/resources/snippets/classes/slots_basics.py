# __slots__: fixed attributes, no __dict__, error messages, and class-variable conflicts
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)

q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print(type(e).__name__, e)
q.x = 10
del q.x
try:
    del q.x
except AttributeError as e:
    print(type(e).__name__, e)

print(type(Point.x).__name__, Point.__slots__)
print(Point.x.__get__(p), Point.y.__name__)

try:
    class Conflict:
        __slots__ = ("value",)
        value = 5
except ValueError as e:
    print(type(e).__name__, e)

class WithDict:
    __slots__ = ("a", "__dict__")

w = WithDict()
w.a = 1
w.other = 2
print(w.a, vars(w))

class StrSlot:
    __slots__ = "single"

s = StrSlot()
s.single = "ok"
print(s.single, StrSlot.__slots__)

class Empty:
    __slots__ = ()

try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
