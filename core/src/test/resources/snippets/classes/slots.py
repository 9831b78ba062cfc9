# __slots__ restricts attributes
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError", e)
