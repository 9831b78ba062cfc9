# Attribute lookup order: instance dict, then each class along the MRO
class A:
    x = "A.x"
    y = "A.y"
    def m(self):
        return "A.m"

class B(A):
    x = "B.x"

class C(A):
    y = "C.y"
    def m(self):
        return "C.m"

class D(B, C):
    pass

d = D()
print(d.x, d.y, d.m())
print([k.__name__ for k in D.__mro__])
C.x = "C.x added later"
print(d.x)
del B.x
print(d.x)
d.x = "instance x"
print(d.x, D.x)
del C.m
print(d.m())
A.z = "late A.z"
print(d.z)
print(getattr(D, "y"), D.__dict__.get("y", "not in D's own dict"))

class E(D):
    def m(self):
        return "E.m -> " + super().m()

print(E().m())
print([k.__name__ for k in E.__mro__ if "m" in vars(k)])
try:
    d.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    D.nothing
except AttributeError as e:
    print(type(e).__name__, e)
