# functions stored as class attributes become methods; on instances they do not
def f(self):
    return "method " + type(self).__name__
class C:
    m = f
    s = staticmethod(f)
c = C()
c.g = f
print(c.m(), C.s(c), c.g(c))
