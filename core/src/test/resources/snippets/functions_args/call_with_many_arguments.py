# Calls with many positional and keyword arguments, and unusual keyword names via **
def count(*args, **kwargs):
    return len(args), len(kwargs), sum(args), sum(kwargs.values())

print(count(*range(1000)))
print(count(**{f"k{i}": i for i in range(300)}))
print(count(*range(10), **{f"n{i}": 1 for i in range(10)}))

def keys(**kwargs):
    return list(kwargs)

print(keys(**{"class": 1, "def": 2, "with space": 3, "": 4, "ü": 5}))

def explicit(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15):
    return a0 + a15, a7

print(explicit(*range(16)))
print(explicit(*range(8), *range(8, 16)))
print(explicit(**{f"a{i}": i * 10 for i in range(16)}))
try:
    explicit(*range(15))
except TypeError as e:
    print(type(e).__name__, e)
try:
    explicit(*range(17))
except TypeError as e:
    print(type(e).__name__, e)

big_tuple = tuple(range(255))
print(count(*big_tuple)[0], count(*big_tuple, *big_tuple)[0])
nested = lambda *a: a
print(len(nested(*nested(*nested(*range(50))))))
