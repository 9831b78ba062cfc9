# the value of a yield expression
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    yield received
e = echo()
print(next(e), e.send("a"), e.send("b"), e.send(None))
