# membership consumes generators
g = (x for x in range(10))
print(3 in g, list(g)[:3])
d = {"a": 1}
print("a" in d.keys(), 1 in d.values(), ("a", 1) in d.items(), "b" in d)
