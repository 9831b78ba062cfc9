# Empty dicts share one empty table until their first insertion; each must still be its own dict.
a = {}
b = {}
c = dict()
a["x"] = 1
print(a, b, c, len(a), len(b), "x" in b, b.get("x"))
b.update(y=2)
print(a, b, c)
for d in (a, b, c):
    d.clear()
print(a, b, c, a == b == c)
a[1] = "one"
c[2] = "two"
print(a, b, c)
print(c.pop(2), c, c.pop(3, "absent"), c.setdefault(4, "four"), c)
e = {}
print(e.copy(), dict(e), {**e}, list(e.items()), e == {}, e.popitem() if e else "empty")
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
try:
    del e["missing"]
except KeyError as err:
    print("KeyError:", err)


def kw(**kwargs):
    kwargs["added"] = True
    return kwargs


print(kw(), kw(), kw(a=1))


class Plain:
    pass


objs = [Plain() for _ in range(3)]
objs[0].v = 0
objs[2].w = 2
print([vars(o) for o in objs])
vars(objs[1]).update(z=1)
print([vars(o) for o in objs])
grow = {}
for i in range(50):
    grow[i] = i
    if i % 3 == 0:
        del grow[i]
print(len(grow), sum(grow), list(grow)[:5])
grow.clear()
grow["again"] = 1
print(grow, {}.keys(), {}.values(), {}.items(), {} | {1: 2}, {1: 2} | {})
s = set({})
s |= {1}
print(s, frozenset({}), sorted({}), {**{}, **{"k": "v"}})
