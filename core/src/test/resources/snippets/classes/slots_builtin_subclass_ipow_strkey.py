class C:
    def __ipow__(self, other):
        return 'ipow'
c = C(); c **= 2; print(c)
class precfloat(float):
    __slots__ = ['prec']
    def __init__(self, value=0.0, prec=12):
        self.prec = int(prec)
a = precfloat(12345); print(a, a.prec)
class Number(complex):
    __slots__ = ['prec']
    def __new__(cls, *args, **kwds):
        result = complex.__new__(cls, *args)
        result.prec = kwds.get('prec', 12)
        return result
print(Number(3, prec=4).prec)
class S(str):
    def __eq__(self, o): return self.lower() == o.lower()
    def __hash__(self): return hash(self.lower())
d = {S('one'): 1, S('two'): 2}
print(d[S('tWo')])
def f(): pass
cm, sm = classmethod(f), staticmethod(f)
print(sorted(cm.__dict__), sorted(sm.__dict__), cm.__wrapped__ is f, sm.__wrapped__ is f)
s = {S('Abc')}
print(S('aBC') in s, 'aBC' in s, S('x') in {'x'})
