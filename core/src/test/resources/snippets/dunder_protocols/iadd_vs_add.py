# += uses __iadd__ when present, else __add__
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add")
        return A(self.v + o)
class B(A):
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
a = A(1)
a += 1
b = B(1)
b += 1
print(a.v, b.v, type(a).__name__, type(b).__name__)
