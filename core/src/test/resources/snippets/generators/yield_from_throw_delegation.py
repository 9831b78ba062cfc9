# throw() on a delegating generator is forwarded to the subgenerator first
def inner():
    try:
        yield "inner-1"
    except ValueError as e:
        print("inner caught", e)
        yield "inner-recovered"
    yield "inner-2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-after"
g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
