# generator expressions are lazy and single-pass
calls = []
def f(x):
    calls.append(x)
    return x * 2
g = (f(x) for x in range(3))
print(calls)
print(next(g), calls)
print(list(g), calls)
print(list(g))
print(sum(x for x in range(10) if x % 3 == 0))
