# Default values: evaluated once, shared mutable defaults, None sentinels, rebinding __defaults__
def append_shared(x, acc=[]):
    acc.append(x)
    return acc

print(append_shared(1), append_shared(2), append_shared(3, []), append_shared(4))

def append_fresh(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(append_fresh(1), append_fresh(2))

_missing = object()
def lookup(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default

print(lookup({"a": 1}, "a"), lookup({}, "b", None))
try:
    lookup({}, "c")
except KeyError as e:
    print(type(e).__name__, e)

def power(base, exp=2):
    return base ** exp

print(power(3), power.__defaults__)
power.__defaults__ = (3,)
print(power(3))
power.__defaults__ = None
try:
    power(3)
except TypeError as e:
    print(type(e).__name__, e)

def dict_default(d={}):
    d[len(d)] = len(d)
    return d

dict_default(); dict_default()
print(dict_default.__defaults__)

def defaults_tuple(a, b=(1, 2), c="s", d=None):
    return a

print(defaults_tuple.__defaults__, defaults_tuple.__code__.co_argcount)
