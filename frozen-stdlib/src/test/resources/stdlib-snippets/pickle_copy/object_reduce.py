import pickle, copy, copyreg
class P:
    def __init__(self, a): self.a = a
class S:
    __slots__ = ("x", "y")
class L(list): pass
class D(dict): pass
class I(int): pass
class NA:
    def __getnewargs_ex__(self): return ((1,), {"k": 2})
    def __new__(cls, *a, **k):
        o = object.__new__(cls); o.args = (a, k); return o
p = P(3)
print(p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(2)[1][0].__name__, p.__reduce_ex__(2)[2])
print(p.__reduce__()[0].__name__, p.__getstate__())
for proto in range(6):
    q = pickle.loads(pickle.dumps(p, proto)); print(proto, type(q).__name__, q.a)
s = S(); s.x = 1
print(s.__getstate__(), copy.copy(s).x)
l = L([1,2]); l.z = 5
c = copy.deepcopy(l); print(c, type(c).__name__, c.z)
d = D(a=1); print(pickle.loads(pickle.dumps(d)), type(pickle.loads(pickle.dumps(d))).__name__)
print(pickle.loads(pickle.dumps(I(7))), copy.copy(I(5)))
n = NA(); print(copy.copy(n).args)
print(object().__reduce_ex__(2)[1], object().__getstate__())
import threading
try:
    pickle.dumps(threading.Lock())
except TypeError as e: print(e)
print(copy.copy(range(3)), copy.deepcopy({1: [2]}))
