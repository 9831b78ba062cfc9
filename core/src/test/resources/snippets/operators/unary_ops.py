# unary operators and their dunders
class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
    def __abs__(self):
        return "abs"
u = U()
print(-u, +u, ~u, abs(u), not u, -(-3), +True, ~0, -0.0)
try:
    -"s"
except TypeError as e:
    print(e)
