# del removes bindings
x = 1
del x
try:
    x
except NameError as e:
    print(e)
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
d = {"a": 1, "b": 2}
del d["a"]
l = [0, 1, 2, 3]
del l[1:3]
print(d, l)
