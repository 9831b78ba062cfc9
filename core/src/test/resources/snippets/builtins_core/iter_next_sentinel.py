# iter with a sentinel, and next on exhausted iterators
data = [1, 2, 3, 0, 4]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
e = iter([])
try:
    next(e)
except StopIteration:
    print("empty")
print(next(e, "default"))
g = (x for x in [1])
print(next(g), next(g, None))
