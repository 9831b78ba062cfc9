# chained and mixed assignment targets
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = z = (1, 2)
print(x, y, z)
d = {}
d["a"], d["b"] = 1, 2
o = type("O", (), {})()
o.p, o.q = "P", "Q"
print(d, o.p, o.q)
