# attribute resolution follows the MRO
class A:
    x = "A"
    def who(self):
        return "A.who"
class B(A):
    pass
class C(A):
    x = "C"
    def who(self):
        return "C.who"
class D(B, C):
    pass
print(D.x, D().who(), [k.__name__ for k in D.__mro__], D.__bases__ == (B, C))
