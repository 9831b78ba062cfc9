# send() values in and return a value out through StopIteration
def gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
g = gen()
print(next(g))
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
