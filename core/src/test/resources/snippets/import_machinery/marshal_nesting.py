# marshal at CPython's nesting limit (2000 levels), both ways, and mixed containers round-tripping
import marshal

def nest(depth, make):
    v = None
    for i in range(depth):
        v = make(v, i)
    return v

def shape(v):
    """Type names and scalar values in depth-first order, without recursion."""
    out, todo = [], [v]
    while todo:
        x = todo.pop()
        out.append(type(x).__name__)
        if isinstance(x, (list, tuple)):
            todo.extend(x)
        elif isinstance(x, dict):
            for k, w in x.items():
                todo.append(w)
                out.append(k)
        elif isinstance(x, (set, frozenset)):
            out.append(sorted(x))
        else:
            out.append(x)
    return out

makers = {
    "list": lambda v, i: [v],
    "tuple": lambda v, i: (i, v),
    "dict": lambda v, i: {("k0", "k1", "k2")[i % 3]: v, i: "x"},
    "mixed": lambda v, i: [(v, {i: frozenset({i})})] if i % 2 else {str(i): [v, set()]},
}
for name, make in makers.items():
    for depth in (1, 2, 500, 999, 1998, 2100):
        v = nest(depth, make)
        try:
            data = marshal.dumps(v)
        except ValueError as e:
            print(name, depth, "dumps:", e)
            continue
        back = marshal.loads(data)
        print(name, depth, len(data), shape(back) == shape(v))

# loads of hand-made deep data: 1999 lists deep is fine, deeper is an error
for depth in (1999, 2000, 2001, 5000):
    data = b"[\x01\x00\x00\x00" * depth + b"N"
    try:
        r = marshal.loads(data)
        n = 0
        while isinstance(r, list):
            r = r[0]
            n += 1
        print("loads", depth, "ok", n)
    except ValueError as e:
        print("loads", depth, "ValueError", e)

# a dict's terminator in a value position, and back-references into open containers
for bad in [b"{N0", b"[\x01\x00\x00\x000", b")\x010", b"<\x01\x00\x00\x000", b">\x01\x00\x00\x000", b"0", b"{\xe9\x01\x00\x00\x00r\x00\x00\x00\x000", b"(\x02\x00\x00\x00Nr\x05\x00\x00\x00"]:
    try:
        print(marshal.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
shared = ("a", "b")
print(marshal.loads(marshal.dumps([shared, shared, {"t": shared}])))
