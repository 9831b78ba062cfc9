# _bisect: lo/hi/key handling, sequences other than lists, insort on non-lists
import _bisect

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x),
          _bisect.bisect_left(a, x, 2), _bisect.bisect_right(a, x, 1, 4))
print(_bisect.bisect_right(a, 2, hi=-1), _bisect.bisect_right(a, 2, 0, -3))
show(_bisect.bisect_left, a, 2, -1)
show(_bisect.bisect_left, a, 2, hi=2.0)
show(_bisect.bisect_left, a, 2, lo=2.0)
show(_bisect.bisect_left, a, 2, 0, 10**20)
show(_bisect.bisect_left, a, 2, 10**20)
show(_bisect.bisect_left, a, 2, 0, 100)
show(_bisect.bisect_left, a, 2, key=None)
print(_bisect.bisect_left(range(10**6), 5000), _bisect.bisect_right("acegk", "f"), _bisect.bisect_left((1, 3), 3))

recs = [("a", 1), ("b", 3), ("c", 3), ("d", 9)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))
_bisect.insort_left(recs, ("x", 3), key=lambda r: r[1])
_bisect.insort_right(recs, ("y", 3), key=lambda r: r[1])
print(recs)

class Seq:
    def __init__(self):
        self.data = []
        self.log = []
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        self.log.append(i)
        return self.data[i]
    def insert(self, i, x):
        self.log.append(("insert", i))
        self.data.insert(i, x)
s = Seq()
for x in [5, 1, 4, 1, 9]:
    _bisect.insort(s, x) if hasattr(_bisect, "insort") else _bisect.insort_right(s, x)
print(s.data, s.log)

class Sub(list):
    def insert(self, i, x):
        print("Sub.insert", i, x)
        list.insert(self, i, x)
sb = Sub([1, 3])
_bisect.insort_left(sb, 2)
print(sb)

class Bad:
    def __lt__(self, o):
        raise ValueError("no order")
show(_bisect.bisect_left, [1, 2, 3], Bad())
show(_bisect.insort_right, (1, 2), 3)
show(_bisect.insort_right, [1, 2], 3, key=len)
show(_bisect.bisect_right, [1, 2], 3, 0, 2, 9)
show(_bisect.bisect_right, [1, 2])
print(_bisect.bisect_left.__name__, _bisect.insort_right.__module__)
# messages of too many positional arguments when keyword-only parameters exist
show(lambda: [].sort(1))
show(lambda: (1).to_bytes(1, 'big', 3))
show(lambda: (1).to_bytes(1, 'big', 3, 4))
show(lambda: ''.split(1, 2, 3))
