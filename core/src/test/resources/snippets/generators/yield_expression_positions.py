# yield used as an expression in many syntactic positions
def positions():
    a = yield "plain"
    b = (yield "parenthesized") + 1
    c = [(yield "in list"), (yield "second in list")]
    d = {"key": (yield "dict value")}
    e = str((yield "call arg"))
    f = (yield "cond") if a else "no"
    g = yield
    return a, b, c, d, e, f, g

gen = positions()
out = [next(gen)]
values = iter([10, 20, 30, 40, 50, 60, 70, 80])
try:
    while True:
        out.append(gen.send(next(values)))
except StopIteration as stop:
    print(out)
    print(stop.value)

def yield_in_condition():
    while (yield "ask"):
        yield "yes"
    yield "stopped"

yc = yield_in_condition()
print(next(yc), yc.send(True), next(yc), yc.send(False))

def yield_in_subscript():
    data = {"x": 1, "y": 2}
    return data[(yield "which key?")]

ys = yield_in_subscript()
next(ys)
try:
    ys.send("y")
except StopIteration as e:
    print("subscript result:", e.value)

def yield_tuple():
    r = yield 1, 2
    yield r, (yield)
    
yt = yield_tuple()
print(next(yt), yt.send("r"), yt.send("inner"))
