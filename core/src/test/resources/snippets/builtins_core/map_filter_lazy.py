# map and filter are lazy iterators
calls = []
def f(x):
    calls.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(calls, next(m), calls, list(m), calls, list(m))
flt = filter(lambda v: v > 1, [0, 1, 2, 3])
print(type(flt).__name__, list(flt), list(flt))
