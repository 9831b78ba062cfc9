# list/tuple 'in', index() and count() compare identity first, then item == value (item first)
class Tracer:
    def __init__(self, name, result=NotImplemented):
        self.name, self.result = name, result
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)})")
        return self.result
    def __repr__(self):
        return f"Tracer({self.name})"
    __hash__ = None

needle = Tracer("needle", False)
item = Tracer("item")
print(needle in [item])
print([item].count(needle))
try:
    [item].index(needle)
except ValueError as e:
    print(type(e).__name__, e)

print(needle in [needle], [needle].count(needle), [needle].index(needle))

always = Tracer("always", True)
print(always in [1, 2], [3, 4].index(always))

nan = float("nan")
print(nan == nan, nan in [nan], [nan].count(nan), nan in [float("nan")])

class Eq3:
    def __eq__(self, other):
        return other == 3
    __hash__ = None

print(Eq3() in [1, 2, 3], [1, 3, 3].count(Eq3()), (5, 3).index(Eq3()))
print([1, 2] == [1, 2.0], (1, Eq3()) == (1, 3), [Eq3()] == [4])
