# the most derived metaclass wins; unrelated metaclasses conflict
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
class Plain(A, metaclass=type):
    pass
print(type(Plain).__name__)
class Both(A, B, metaclass=MetaAB):
    pass
print(type(Both).__name__, [c.__name__ for c in Both.__mro__])
try:
    class Clash(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class AlsoClash(B, A):
    pass
