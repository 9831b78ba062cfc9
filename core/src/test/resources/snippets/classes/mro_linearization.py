# C3 linearization results for several hierarchies, and consistent-MRO failures
def names(cls):
    return " ".join(k.__name__ for k in cls.__mro__)

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in (K1, K2, K3, Z):
    print(f"{cls.__name__}: {names(cls)}")

class X: pass
class Y(X): pass
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class P: pass
class Q: pass
class PQ(P, Q): pass
class QP(Q, P): pass
try:
    class Conflict(PQ, QP):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(P, P):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(names(Y), Y.mro() == list(Y.__mro__), type(Y.mro()).__name__)
print(names(bool), names(object))
