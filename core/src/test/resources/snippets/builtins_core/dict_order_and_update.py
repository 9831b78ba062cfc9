# dicts keep insertion order through updates and deletes
d = {}
for k in "dcba":
    d[k] = ord(k)
d["c"] = 0
del d["d"]
d["d"] = 1
print(list(d), list(d.items())[:2])
d.update({"a": 5}, z=26)
print(d, d.popitem(), list(reversed(d)))
print(dict.fromkeys("ab", 0), {1: 2} | {3: 4})
