# send() values pass through yield from to the innermost generator
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def middle():
    result = yield from accumulator()
    print("middle got", result)
    again = yield "middle-extra"
    return ("middle", result, again)
def top():
    r = yield from middle()
    print("top got", r)
g = top()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(None))
try:
    g.send("last")
except StopIteration as e:
    print("stop", e.value)
