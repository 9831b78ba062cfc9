# **kwargs preserves keyword order
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(**{"b": 1, "a": 2}), f(x=1, **{"y": 2}, z=3))
