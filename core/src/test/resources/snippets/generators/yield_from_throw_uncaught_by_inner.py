# an exception thrown through yield from that the inner does not handle reaches the outer
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer-handled"
    yield "outer-end"
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(list(g))
