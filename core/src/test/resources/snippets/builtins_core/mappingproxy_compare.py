# mappingproxy compares like the mapping it wraps (CPython: mappingproxy_richcompare).
class C:
    x = 1


mp = type(C.__dict__)({'a': 1})
print(mp == {'a': 1}, {'a': 1} == mp, mp != {'a': 2}, mp == mp, mp == 1, mp != 'x')
try:
    print(mp < {'a': 1})
except TypeError as e:
    print(type(e).__name__, e)
