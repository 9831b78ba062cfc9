# sending a non-None value to a just-started generator is a TypeError
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received
g = echo()
try:
    g.send("early")
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
