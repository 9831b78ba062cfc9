# functions, staticmethod and classmethod are descriptors with explicit __get__
class K:
    def meth(self, x):
        return ("meth", type(self).__name__, x)
    @staticmethod
    def st(x):
        return ("st", x)
    @classmethod
    def cm(cls, x):
        return ("cm", cls.__name__, x)
class Sub(K):
    pass
f = K.__dict__["meth"]
print(f.__get__(None, K) is f)
bound = f.__get__(Sub(), K)
print(bound(1))
print(K.__dict__["st"].__get__(None, K)(2))
print(K.__dict__["cm"].__get__(None, Sub)(3))
print(K.__dict__["cm"].__get__(Sub())(4))
print(K.__dict__["st"].__func__(5))
print((lambda self: self * 2).__get__(21)())
