# Metaclass selection: the most derived metaclass wins; unrelated metaclasses conflict
class MetaA(type):
    pass

class MetaB(type):
    pass

class MetaAB(MetaA, MetaB):
    pass

class A(metaclass=MetaA):
    pass

class B(metaclass=MetaB):
    pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class AB(metaclass=MetaAB):
    pass

class D(A, AB):
    pass

print(type(D).__name__)

class E(A, metaclass=type):
    pass

print(type(E).__name__)

class SubMetaA(MetaA):
    pass

class F(A, metaclass=SubMetaA):
    pass

print(type(F).__name__)
try:
    class G(A, metaclass=MetaB):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    MetaB("H", (A,), {})
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass

class Mixed(Plain, A):
    pass

print(type(Mixed).__name__, [k.__name__ for k in Mixed.__mro__])
