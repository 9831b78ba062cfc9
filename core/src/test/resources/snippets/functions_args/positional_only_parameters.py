# Positional-only parameters (/) and their interaction with **kwargs
def pos_only(a, b, /, c):
    return a, b, c

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

attempt(pos_only, 1, 2, 3)
attempt(pos_only, 1, 2, c=3)
attempt(pos_only, 1, b=2, c=3)
attempt(pos_only, a=1, b=2, c=3)

def collects(name, /, **kwargs):
    return name, kwargs

attempt(collects, "pos", name="kw")
attempt(collects, "only")
attempt(collects, name="kw")

def defaults(a, b=10, /, c=20, *, d=30):
    return a, b, c, d

attempt(defaults, 1)
attempt(defaults, 1, 2, 3, d=4)
attempt(defaults, 1, c=5)
attempt(defaults, 1, b=5)

def all_kinds(p1, p2=2, /, pk=3, *args, k1, k2=5, **kw):
    return p1, p2, pk, args, k1, k2, kw

attempt(all_kinds, 1, k1=4)
attempt(all_kinds, 1, 2, 3, 4, 5, k1=6, extra=7, p1=8)
print(all_kinds.__code__.co_posonlyargcount, all_kinds.__code__.co_argcount,
      all_kinds.__code__.co_kwonlyargcount)
print(all_kinds.__defaults__, all_kinds.__kwdefaults__)

attempt(lambda x, /: x, x=1)
attempt(lambda x, /, y: (x, y), 1, y=2)
