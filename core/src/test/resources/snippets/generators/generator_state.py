# generator attributes and exhausted generators
def g():
    yield 1
it = g()
print(it.gi_running, it.__name__, type(it).__name__)
print(list(it), list(it))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
c = counter(3)
print(next(c), next(c), next(c), next(c, "end"))
