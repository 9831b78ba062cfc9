# * and ** in calls and displays
def f(*a, **k):
    return a, sorted(k.items())
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))
print([*range(3), *"ab"], (*[1], 2), {*[1, 2], 3}, {**{"a": 1}, "b": 2})
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
