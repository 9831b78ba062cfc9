# when both operands return NotImplemented the operator raises TypeError
class Left:
    def __mul__(self, other):
        print("Left.__mul__", type(other).__name__)
        return NotImplemented
    def __eq__(self, other):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __rmul__(self, other):
        print("Right.__rmul__", type(other).__name__)
        return NotImplemented
    def __eq__(self, other):
        print("Right.__eq__")
        return NotImplemented
l, r = Left(), Right()
print(l == r)
try:
    l * r
except TypeError as e:
    print("TypeError:", e)
print(3 * [0])
l * 4
