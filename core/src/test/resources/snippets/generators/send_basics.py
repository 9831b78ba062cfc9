# send(): priming with next/send(None), values returned by yield, errors on a fresh generator
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received

g = echo()
try:
    g.send("too early")
except TypeError as e:
    print(type(e).__name__, e)

print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)

def running_total():
    total = 0
    while True:
        x = yield total
        total += x

rt = running_total()
next(rt)
print([rt.send(n) for n in (5, 10, -3)])

def two_way():
    got = yield "first"
    print("  got", got)
    got = yield "second"
    print("  got", got)

tw = two_way()
print(next(tw))
print(tw.send(1))
try:
    next(tw)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    tw.send("after end")
except StopIteration as e:
    print("send after end:", type(e).__name__, e.args)
