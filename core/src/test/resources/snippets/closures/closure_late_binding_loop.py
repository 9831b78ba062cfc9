# Closures created in a loop all see the loop variable's final value
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = "rebound global"
print([f() for f in funcs])

def make():
    out = []
    for j in range(3):
        def show():
            return j
        out.append(show)
    j = "after loop"
    return out

print([f() for f in make()])

def make_while():
    out = []
    k = 0
    while k < 3:
        out.append(lambda: k * 10)
        k += 1
    return out

print([f() for f in make_while()])

def make_comp():
    return [lambda: n for n in "abc"]

print([f() for f in make_comp()])

def make_nested_comp():
    return [[lambda: (r, c) for c in range(2)] for r in range(2)]

grid = make_nested_comp()
print([[f() for f in row] for row in grid])

def shares_cell():
    fs = [lambda: m for m in range(3)]
    return fs[0].__closure__[0] is fs[2].__closure__[0]

print(shares_cell())
