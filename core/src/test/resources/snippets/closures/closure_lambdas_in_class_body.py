# Lambdas defined in a class body cannot close over class variables: they see globals
i = "global i"

class Table:
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    comp_fns = [lambda: i for i in range(3)]
    default_fns = [lambda i=i: i for i in range(3)]
    last_i = i

print([f() for f in Table.fns])
print([f() for f in Table.comp_fns])
print([f() for f in Table.default_fns])
print(Table.last_i, Table.i)

def inside_function():
    j = "function j"
    class Inner:
        j = "class j"
        get = lambda self: j
        fns = [lambda: j for _ in range(2)]
    return Inner().get(), [f() for f in Inner.fns]

print(inside_function())

class Config:
    scale = 10
    try:
        scaled = [x * scale for x in range(3)]
    except NameError as e:
        scaled = f"{type(e).__name__}: {e}"
    scaled_ok = [x * s for s in [scale] for x in range(3)]
    scaler = staticmethod(lambda x, scale=scale: x * scale)

print(Config.scaled)
print(Config.scaled_ok)
print(Config.scaler(7))
