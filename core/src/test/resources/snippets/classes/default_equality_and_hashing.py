# Default __eq__ is identity; defining __eq__ sets __hash__ to None
class Plain:
    pass

p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, p1 in [p2], p1 in [p1])
print(len({p1, p2, p1}), hash(p1) == hash(p1))

class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, WithEq) and self.v == other.v

print(WithEq(1) == WithEq(1), WithEq(1) != WithEq(1), WithEq(1) != WithEq(2))
print(WithEq.__hash__)
try:
    {WithEq(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(WithEq(1))
except TypeError as e:
    print(type(e).__name__, e)

class EqAndHash(WithEq):
    def __hash__(self):
        return hash(self.v)

s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(2) in s, {EqAndHash(1): "x"}[EqAndHash(1)])

class InheritsEq(WithEq):
    pass

print(InheritsEq.__hash__)

class KeepHash(WithEq):
    __hash__ = object.__hash__

print(len({KeepHash(1), KeepHash(1)}))

class OnlyNe:
    def __ne__(self, other):
        return "custom ne"

print(OnlyNe() != 1, OnlyNe() == OnlyNe(), OnlyNe.__hash__ is object.__hash__)
print(WithEq(3) == 3, 3 == WithEq(3), [WithEq(1)].index(WithEq(1)))
