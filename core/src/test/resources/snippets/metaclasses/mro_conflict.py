# an inconsistent MRO is a TypeError
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class X: pass
class Y: pass
class Z(X, Y): pass
print([c.__name__ for c in Z.__mro__])
