# Multiple * and ** unpackings in one call, with generators, dicts, and strings
def show(*args, **kwargs):
    return args, sorted(kwargs.items())

print(show(*[1, 2], *(3,), *"ab"))
print(show(0, *range(3), 9, *[]))
print(show(*(x * x for x in range(4))))
print(show(**{"a": 1}, **{"b": 2}, c=3))
print(show(1, *[2], x=1, **{"y": 2}, z=3))

d = {"p": 1, "q": 2}
print(show(*d, **d))
print(show(*d.values(), *d.items()))

try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(a=0, **{"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: "int key"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*None)
except TypeError as e:
    print(type(e).__name__, e)

class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()

print(show(**Mapping()))
