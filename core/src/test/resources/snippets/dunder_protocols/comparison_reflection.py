# reflected comparisons: a < b falls back to b > a
class X:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("X.__gt__")
        return self.v > other
print(1 < X(5), X(5) > 1)
try:
    X(1) < X(2)
except TypeError as e:
    print(e)
