# *args is always a tuple and **kwargs a fresh dict that preserves keyword order
def collect(*args, **kwargs):
    return args, kwargs

args, kwargs = collect()
print(type(args).__name__, args, type(kwargs).__name__, kwargs)

args, kwargs = collect(1, [2], z=1, a=2, m=3)
print(args, list(kwargs))

original = {"x": 1}
_, kw = collect(**original)
kw["x"] = 99
print(original, kw, kw is original)

lst = [1, 2]
a, _ = collect(*lst)
print(a, type(a).__name__, a == tuple(lst))

def modify(*args):
    try:
        args[0] = 5
    except TypeError as e:
        return f"{type(e).__name__}: {e}"

print(modify(1))

def count(*a, **k):
    return len(a), len(k)

print(count(*range(100)), count(**{str(i): i for i in range(10)}))

def named_and_star(first, *rest, last="L", **options):
    return first, rest, last, options

print(named_and_star(1))
print(named_and_star(1, 2, 3, last=4, first_extra=5))

def order_kept(**kw):
    return " ".join(f"{k}={v}" for k, v in kw.items())

print(order_kept(z=1, y=2, x=3))
print(order_kept(**{"b": 1}, a=2, **{"c": 3}))
