# a subclass overriding __eq__ loses the inherited __hash__
class A:
    pass
class B(A):
    def __eq__(self, o):
        return True
print(hash(A()) is not None, B.__hash__)
try:
    {B()}
except TypeError as e:
    print(e)
class C(B):
    __hash__ = object.__hash__
print(type(hash(C())).__name__)
