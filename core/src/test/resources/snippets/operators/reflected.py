# reflected operators and NotImplemented
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.v + 1000)
    def __repr__(self):
        return f"V({self.v})"
print(V(1) + 2, 2 + V(1))
try:
    V(1) + "s"
except TypeError as e:
    print(e)
try:
    [] + 1
except TypeError as e:
    print(e)
try:
    "a" * 2.5
except TypeError as e:
    print(e)
