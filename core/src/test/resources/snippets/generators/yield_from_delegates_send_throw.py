# yield from forwards send() and throw() to the subgenerator
def inner():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError as e:
            print("  inner handled KeyError", e)
            total = 0
            continue
        if x is None:
            return total
        total += x

def outer():
    while True:
        result = yield from inner()
        print("  inner returned", result)
        if result > 100:
            return "done"

g = outer()
print(next(g))
print(g.send(10), g.send(20))
print(g.throw(KeyError("reset")))
print(g.send(5))
print(g.send(None))
print(g.send(200))
try:
    g.send(None)
except StopIteration as e:
    print("outer finished:", e.value)

def inner2():
    yield 1
    yield 2

def outer2():
    try:
        yield from inner2()
    except ValueError as e:
        print("  outer2 caught", e)
        yield "recovered"

h = outer2()
print(next(h))
print(h.throw(ValueError("not handled by inner2")))
