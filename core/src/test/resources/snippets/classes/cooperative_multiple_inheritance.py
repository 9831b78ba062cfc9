# Cooperative super() in a diamond: each __init__ runs exactly once, in MRO order
class Root:
    def __init__(self, **kwargs):
        print(f"  Root.__init__ leftover={sorted(kwargs)}")
        super().__init__()

class Left(Root):
    def __init__(self, left=None, **kwargs):
        print(f"  Left.__init__ left={left}")
        self.left = left
        super().__init__(**kwargs)

class Right(Root):
    def __init__(self, right=None, **kwargs):
        print(f"  Right.__init__ right={right}")
        self.right = right
        super().__init__(**kwargs)

class Bottom(Left, Right):
    def __init__(self, **kwargs):
        print("  Bottom.__init__")
        super().__init__(**kwargs)

print([k.__name__ for k in Bottom.__mro__])
b = Bottom(left=1, right=2, extra=3)
print(b.left, b.right)

class Logger:
    def log(self):
        return ["Logger"]

class A(Logger):
    def log(self):
        return ["A"] + super().log()

class B(Logger):
    def log(self):
        return ["B"] + super().log()

class C(A, B):
    def log(self):
        return ["C"] + super().log()

class D(B, A):
    def log(self):
        return ["D"] + super().log()

print(C().log(), D().log())
print([k.__name__ for k in D.__mro__])
