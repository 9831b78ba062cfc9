# with-as and for targets bind in the current scope; with-as stays bound after the block
class Ctx:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *exc):
        return False

def f():
    with Ctx("first") as a, Ctx("second") as b:
        pass
    return a, b

print(f())

def g():
    with Ctx((1, 2)) as (x, y):
        pass
    return x + y

print(g())

holder = {}
with Ctx("into dict") as holder["k"]:
    pass
print(holder)

class Obj:
    pass

o = Obj()
with Ctx([5]) as o.value:
    pass
print(o.value)

def h():
    try:
        with Ctx("bound") as name:
            raise RuntimeError("inside")
    except RuntimeError as e:
        return name, str(e)

print(h())

def star_targets():
    first, *middle, last = range(6)
    *init, tail = "ab"
    return first, middle, last, init, tail

print(star_targets())
