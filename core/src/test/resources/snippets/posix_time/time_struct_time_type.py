# time.struct_time as a type: construction, hidden fields, pickling protocol, comparisons
import time

st = time.struct_time
print(st, st.__name__, st.__qualname__, st.__module__, st.__bases__)
print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields, st.__match_args__)
a = st((2020, 1, 2, 3, 4, 5, 6, 7, 8))
print(a, a.tm_zone, a.tm_gmtoff)
b = st((2020, 1, 2, 3, 4, 5, 6, 7, 8, 'CET', 3600))
print(b, b.tm_zone, b.tm_gmtoff, len(b), b[-1])
c = st([1, 2, 3, 4, 5, 6, 7, 8, 9], {'tm_zone': 'Z', 'tm_gmtoff': 5})
print(c.tm_zone, c.tm_gmtoff)
print(a == b, a == tuple(a), a < b, a + (1,))
print(b.__reduce__())
print(st(range(9)))

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)
attempt(st, (1, 2))
attempt(st, tuple(range(12)))
attempt(st, 5)
attempt(st, tuple(range(9)), 5)
attempt(lambda: type('S', (st,), {}))
match time.gmtime(0):
    case time.struct_time(tm_year=y, tm_mon=m):
        print('match', y, m)
match time.gmtime(0):
    case (y, m, d, *_):
        print('seq', y, m, d)
