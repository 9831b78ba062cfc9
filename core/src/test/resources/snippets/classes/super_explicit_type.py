# super(T, obj) starts the lookup after T in type(obj).__mro__
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
d = D()
print(d.who())
print(super(D, d).who())
print(super(B, d).who())
print(super(C, d).who())
print(super(B, B()).who())
s = super(B, d)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)
try:
    super(C, B())
except TypeError as e:
    print("TypeError:", e)
