# Functions bind via __get__; builtins and callables stored on classes do not bind
def describe(self, suffix=""):
    return f"describe({type(self).__name__}){suffix}"

class A:
    pass

a = A()
bound = describe.__get__(a, A)
print(bound(), bound("!"), bound.__self__ is a, bound.__func__ is describe)
print(describe.__get__(None, A) is describe)

A.describe = describe
A.length = len
A.callable_obj = type("Callable", (), {"__call__": lambda self, *args: f"called with {len(args)} args"})()
A.lam = lambda self: "lambda binds too"
print(a.describe(), a.lam())
print(A.length([1, 2, 3]))
try:
    a.length()
except TypeError as e:
    print(type(e).__name__, e)
print(a.length([1]), a.callable_obj(1, 2))

class WithStatic:
    helper = staticmethod(describe)
    klass = classmethod(describe)

print(WithStatic.helper(a), WithStatic().klass())

m1 = a.describe
m2 = a.describe
print(m1 == m2, m1 is m2, m1.__func__ is m2.__func__)
print(A.__dict__["describe"] is describe, type(A.describe).__name__)

class Meth:
    def __init__(self):
        self.stored = self.method
    def method(self):
        return "method"

mo = Meth()
print(mo.stored(), mo.stored.__self__ is mo)
