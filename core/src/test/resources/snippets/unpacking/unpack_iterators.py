# unpacking consumes iterators and generators
it = iter([1, 2, 3])
a, b, c = it
print(a, b, c)
def g():
    yield "p"
    yield "q"
x, y = g()
print(x, y)
k, v = {"key": "value"}.popitem()
print(k, v)
try:
    m, n = iter([1, 2, 3])
except ValueError as e:
    print(e)
