# __slots__ with properties and default class values
class P:
    __slots__ = ("_x",)
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x * 2
p = P(4)
print(p.x, P.__slots__, hasattr(p, "__dict__"))
try:
    p.y = 1
except AttributeError as e:
    print(e)
