# unpacking dicts gives keys; unpacking sets of small ints
a, b = {"x": 1, "y": 2}
print(a, b)
c, d, e = {3, 1, 2}
print(c, d, e)
(f, g), = [(1, 2)]
print(f, g)
