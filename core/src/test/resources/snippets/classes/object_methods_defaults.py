# default behaviour inherited from object
class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, bool(a), hash(a) == hash(a), str(a) == repr(a), a.__class__ is P)
print(P.__name__, P.__qualname__, P.__module__, P.__bases__, P.__doc__)
try:
    a < b
except TypeError as e:
    print(e)
