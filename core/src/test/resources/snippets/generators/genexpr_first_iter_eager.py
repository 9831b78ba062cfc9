# the outermost iterable of a generator expression is evaluated immediately
def source(tag):
    print("evaluating source", tag)
    return [1, 2, 3]
g = (x * 10 for x in source("outer"))
print("created generator")
print(list(g))
try:
    bad = (x for x in 42)
except TypeError as e:
    print("eager error:", e)
lazy = (y for x in [1] for y in 42)
print("inner iterable not evaluated yet")
try:
    list(lazy)
except TypeError as e:
    print("lazy error:", e)
