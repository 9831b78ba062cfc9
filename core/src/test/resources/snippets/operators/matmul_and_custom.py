# the @ operator and custom numeric types
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * o.v)
    def __imatmul__(self, o):
        self.v += o.v
        return self
    def __repr__(self):
        return f"M({self.v})"
a = M(3)
print(a @ M(4))
a @= M(1)
print(a)
try:
    1 @ 2
except TypeError as e:
    print(e)
