# locals()/globals()/vars() snapshots in functions, classes and modules
def f(a, b=2):
    c = a + b
    snap = locals()
    d = 99
    return sorted(snap.items())

print(f(1))

def modify_locals():
    x = 1
    locals()["x"] = 100
    return x

print(modify_locals())

g = globals()
g["created_dynamically"] = "yes"
print(created_dynamically)

class C:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))

print(C.names)
print("__module__" in vars(C), "__qualname__" in vars(C), C.__module__)

def closure_locals():
    free = "free var"
    def inner():
        own = 1
        free
        return sorted(locals())
    return inner()

print(closure_locals())
print(__name__)
print(globals() is vars())
