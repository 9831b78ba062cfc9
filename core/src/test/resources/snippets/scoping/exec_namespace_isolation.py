# exec with separate globals and locals
g = {"x": 1}
l = {}
exec("y = x + 1\nz = y * 2", g, l)
print(sorted(l.items()), "y" in g)
exec("x = 100", g)
print(g["x"])
def f():
    exec("w = 5")
    return "w" in dir()
print(f())
