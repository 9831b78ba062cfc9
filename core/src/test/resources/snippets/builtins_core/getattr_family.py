# getattr, setattr, hasattr, delattr, vars, dir
class C:
    a = 1
c = C()
setattr(c, "b", 2)
print(getattr(c, "a"), getattr(c, "b"), getattr(c, "z", "dflt"), hasattr(c, "b"), hasattr(c, "z"))
delattr(c, "b")
print(vars(c), "a" in dir(c), "b" in dir(c))
try:
    getattr(c, "zz")
except AttributeError as e:
    print(e)
