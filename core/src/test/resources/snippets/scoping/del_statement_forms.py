# del on locals, globals, closure cells, subscripts, slices and attributes
g = "global"

def delete_local():
    a = 1
    b = 2
    del a, b
    return "a" in locals(), "b" in locals()

print(delete_local())

def delete_cell():
    cell = "captured"
    def read():
        return cell
    first = read()
    del cell
    try:
        read()
    except NameError as e:
        return first, type(e).__name__, str(e)

print(delete_cell())

def delete_nonlocal():
    v = 1
    def kill():
        nonlocal v
        del v
    kill()
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__

print(delete_nonlocal())

data = list(range(8))
del data[1], data[-1]
print(data)
del data[::2]
print(data)
d = {"a": 1, "b": 2}
del d["a"]; print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)

class O:
    pass
o = O(); o.x = 1
del o.x
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
(p, [q]) = (1, [2])
del (p, [q])
print("p" in globals(), "q" in globals())
