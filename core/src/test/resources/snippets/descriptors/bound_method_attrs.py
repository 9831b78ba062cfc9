# A bound method reads unknown attributes from its function (CPython: classobject.c method_getattro)
class A:
    def f(self):
        pass
    f.x = 1
    def g(self):
        pass
    g.__wrapped__ = f
a = A()
print(a.f.x, a.g.__wrapped__.__name__, hasattr(a.f, '__wrapped__'), a.f.__annotations__, a.f.__defaults__)
print(getattr(a.f, 'x', 'no'), getattr(a.f, 'nope', 'no'))
try:
    a.f.nope
except AttributeError as e:
    print(e)
try:
    a.f.y = 2
except AttributeError as e:
    print(e)
print(a.f.__code__.co_name, a.f.__globals__ is globals(), a.f.__func__ is A.f, a.f.__self__ is a)
print(a.f.__kwdefaults__, a.f.__dict__)
