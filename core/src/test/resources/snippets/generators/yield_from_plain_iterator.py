# yield from a non-generator iterator: send(None) works, send(value) and throw() fall back
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("iterator value")
        self.n -= 1
        return self.n
def wrap(n):
    try:
        r = yield from Countdown(n)
        print("result", r)
    except ValueError as e:
        print("wrap caught", e)
        yield "after-throw"
print(list(wrap(3)))
g = wrap(3)
print(next(g), g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
h = wrap(3)
print(next(h))
print(h.throw(ValueError("into iterator")))
