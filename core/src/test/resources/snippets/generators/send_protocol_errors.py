# misuse of send on generators
def g():
    x = yield 1
    yield x
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(next(it), it.send("sent"))
it.close()
print(next(it, "closed"))
