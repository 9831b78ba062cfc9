# dict methods and views
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("b"), d)
del d["a"]
print(d, "c" in d, len(d), d.keys() & {"c", "q"})
print(dict(zip("xy", [1, 2])), dict([("k", "v")]), dict(a=1), {**d, "c": 0})
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
