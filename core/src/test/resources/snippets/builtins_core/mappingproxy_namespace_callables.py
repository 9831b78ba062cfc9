MP = type(type.__dict__)
class _C:
    def f(self): pass
MethodType = type(_C().f)
SimpleNamespace = type(__import__("sys").implementation)

m = MP({'x': 1, 'y': 2})
print(m, m == {'x': 1, 'y': 2}, m != {}, list(reversed(m)), m | {'z': 3}, {'a': 0} | m)
try: m |= {}
except TypeError as e: print(e)
try: hash(m)
except TypeError as e: print(e)
class CM:
    def __init__(self, *ms): self.ms = ms
    def __getitem__(self, k):
        for m in self.ms:
            if k in m: return m[k]
        raise KeyError(k)
    def __len__(self): return len(set().union(*self.ms))
    def __iter__(self): return iter(set().union(*self.ms))
    def get(self, k, d=None):
        try: return self[k]
        except KeyError: return d
    def keys(self): return set().union(*self.ms)
    def __contains__(self, k): return any(k in m for m in self.ms)
c = MP(CM({"x": 1}, {"y": 2}))
print(len(c), sorted(c), c['y'], 'x' in c, c.get('q', 5), sorted(c.keys()))
class D(dict):
    def __getitem__(self, k): return 'custom'
    def get(self, k, d=None): return 'g'
d = MP(D(a=1))
print(d['a'], d.get('a'), MP[int])
for bad in (10, ('a',), [1]):
    try: MP(bad)
    except TypeError as e: print(e)
print(sorted(set(dir(m)) - set(dir(object()))))
print(complex(1, 2).__complex__(), issubclass(complex, complex))
n = SimpleNamespace(a=1); print(n.__dict__, vars(n))
try: n.__dict__ = {}
except AttributeError as e: print(type(e).__name__)
class A:
    def f(self, x): return x
m2 = MethodType(A.f, A()); print(m2(5), type(m2).__name__)
try: MethodType(A.f, None)
except TypeError as e: print(e)
def g(a, b=2): return a + b
print(g.__call__(1), g.__call__(1, b=5), len.__call__([1]), [].append.__call__ is not None, hasattr(str.join, '__call__'))
