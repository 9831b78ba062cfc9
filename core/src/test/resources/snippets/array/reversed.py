# reversed() over arrays: live reads, pickling state, exhaustion on IndexError
from array import array
a = array('i', [1, 2, 3, 4])
r = reversed(a)
print(next(r), r.__reduce__())
del a[1:]
print(list(r), r.__reduce__())
r = reversed(array('b', [1, 2, 3]))
r.__setstate__(1)
print(list(r))
r = reversed(array('b', [1, 2, 3]))
r.__setstate__(10)
print(list(r))
r = reversed(array('b', [1, 2, 3]))
r.__setstate__(-5)
print(list(r))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i == 1: raise KeyError(i)
        return i
r = reversed(Seq())
print(next(r))
try:
    next(r)
except KeyError as e:
    print('KeyError', e)
