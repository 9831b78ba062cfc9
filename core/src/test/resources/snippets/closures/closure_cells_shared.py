# two closures share one cell
def pair():
    x = 0
    def get():
        return x
    def put(v):
        nonlocal x
        x = v
    return get, put
g, p = pair()
p(5)
print(g())
p("changed")
print(g(), g.__closure__[0] is p.__closure__[0], g.__closure__[0].cell_contents)
