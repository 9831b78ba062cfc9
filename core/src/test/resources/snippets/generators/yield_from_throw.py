# throw() is delegated through yield from
def inner():
    try:
        yield "i1"
    except KeyError:
        yield "inner caught"
def outer():
    r = yield from inner()
    yield "outer after"
g = outer()
print(next(g), g.throw(KeyError("x")), next(g))
