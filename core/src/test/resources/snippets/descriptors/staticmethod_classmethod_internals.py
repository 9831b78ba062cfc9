# staticmethod/classmethod objects: __func__, __wrapped__, direct calls, binding rules
def plain(*args):
    return args

sm = staticmethod(plain)
cm = classmethod(plain)
print(sm.__func__ is plain, cm.__func__ is plain, sm.__wrapped__ is plain)
print(sm(1, 2), callable(sm), callable(cm))
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)

class K:
    s = sm
    c = cm

k = K()
print(K.s(1), k.s(1))
print([type(x).__name__ for x in K.c(1)], [type(x).__name__ for x in k.c(1)])
print(sm.__get__(k)("x"), cm.__get__(k)("y")[0].__name__, cm.__get__(None, K)()[0].__name__)

class Sub(K):
    pass

print(Sub.c()[0].__name__, Sub().c()[0].__name__)

class Doc:
    @staticmethod
    def helper():
        "helper doc"
    @classmethod
    def builder(cls):
        "builder doc"

print(Doc.helper.__doc__, Doc.builder.__doc__, Doc.__dict__["helper"].__doc__)
print(Doc.helper.__name__, Doc.builder.__name__, Doc.builder.__qualname__)
nested = staticmethod(staticmethod(plain))
print(type(nested.__func__).__name__, nested(3))
