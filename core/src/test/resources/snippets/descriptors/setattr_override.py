# __setattr__ intercepts all assignments, including inside __init__ and augmented assignment
class Recorder:
    def __init__(self, x):
        self.x = x
    def __setattr__(self, name, value):
        print(f"  __setattr__({name!r}, {value!r})")
        super().__setattr__(name, value)

r = Recorder(1)
r.x += 5
r.y = [1]
r.y += [2]
setattr(r, "z", 0)
r.__dict__["direct"] = "bypasses __setattr__"
print(vars(r))

class Frozen:
    def __init__(self, a):
        object.__setattr__(self, "a", a)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")

f = Frozen(3)
print(f.a)
for action in (lambda: setattr(f, "a", 4), lambda: setattr(f, "b", 1), lambda: delattr(f, "a")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)

class Upper:
    def __setattr__(self, name, value):
        object.__setattr__(self, name.upper(), value)

u = Upper()
u.name = "x"
print(vars(u), getattr(u, "NAME"))
try:
    u.name
except AttributeError as e:
    print(type(e).__name__, e)
