# __eq__ may return any object: == returns it as is; != and containers coerce via truthiness
class Vector:
    def __init__(self, *xs):
        self.xs = xs
    def __eq__(self, other):
        return Mask(*(a == b for a, b in zip(self.xs, other.xs)))
    def __repr__(self):
        return f"Vector{self.xs}"

class Mask:
    def __init__(self, *bits):
        self.bits = bits
    def __bool__(self):
        return all(self.bits)
    def __repr__(self):
        return f"Mask{self.bits}"

a, b = Vector(1, 2, 3), Vector(1, 5, 3)
print(a == b, type(a == b).__name__)
print(a != b, type(a != b).__name__)
print(bool(a == b), a == Vector(1, 2, 3), bool(a == Vector(1, 2, 3)))
print(a in [b], a in [Vector(1, 2, 3)], [a].count(Vector(1, 2, 3)))
print("equal" if a == Vector(1, 2, 3) else "different", "equal" if a == b else "different")

class Weird:
    def __eq__(self, other):
        return "yes"
    def __ne__(self, other):
        return "custom ne"

print(Weird() == 1, Weird() != 1, 1 == Weird(), 1 != Weird())
print([Weird()] == [0], (Weird(),) == (1,))

class NoneEq:
    def __eq__(self, other):
        return None

print(NoneEq() == 1, NoneEq() != 1, NoneEq() in [1], [NoneEq()] == [NoneEq()])
x = NoneEq()
print([x] == [x], x in [x])
