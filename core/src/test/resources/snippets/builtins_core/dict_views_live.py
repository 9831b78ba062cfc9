# dict views reflect later changes
d = {"a": 1}
ks, vs, its = d.keys(), d.values(), d.items()
d["b"] = 2
print(list(ks), list(vs), list(its), len(ks), "b" in ks, ("b", 2) in its, 2 in vs)
del d["a"]
print(list(ks), ks == {"b"}, ks | {"c"} == {"b", "c"})
