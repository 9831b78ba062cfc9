# __slots__ creates data descriptors on the class; unset slots raise AttributeError
class Pair:
    __slots__ = ("left", "right")
    def __init__(self, left):
        self.left = left
p = Pair(1)
print(type(Pair.__dict__["left"]).__name__)
print(Pair.left.__get__(p, Pair), Pair.left.__name__)
try:
    p.right
except AttributeError as e:
    print("AttributeError:", e)
Pair.right.__set__(p, 2)
print(p.right)
try:
    p.extra = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
class Loose(Pair):
    pass
q = Loose(9)
q.extra = 3
print(q.extra, sorted(vars(q)))
del p.left
print(hasattr(p, "left"))
