# super(type, obj), super(type, type) and skipping classes in the MRO explicitly
class A:
    def who(self):
        return "A"
    @classmethod
    def kind(cls):
        return f"A.kind for {cls.__name__}"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(B):
    def who(self):
        return "C>" + super().who()

c = C()
print(c.who())
print(super(C, c).who())
print(super(B, c).who())
print(super(C, C).kind(), super(B, C).kind())
print(super(C, C).who(c))

bound = super(B, c)
print(type(bound).__name__, bound.__thisclass__.__name__, bound.__self_class__.__name__)
print(bound.__self__ is c)

try:
    super(C, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(A, c).who()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(C, c).nonexistent
except AttributeError as e:
    print(type(e).__name__, e)

unbound = super(B)
print(type(unbound).__name__, unbound.__self__)

class D(C):
    def who(self):
        return "D skips C and B>" + super(B, self).who()

print(D().who())
