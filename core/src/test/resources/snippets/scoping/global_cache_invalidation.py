# A global lookup at one site must see every way the globals and builtins change (the VM caches
# where the name lives, keyed on the dicts' versions).
import builtins


def use_len():
    return len("abc")


def use_g():
    return g


g = 1
print([use_g() for _ in range(3)])
g = 2                                # rebinding
print(use_g())
globals()["g"] = 3                   # through globals()
print(use_g())
del g
try:
    use_g()
except NameError as e:
    print("NameError:", e)
builtins.g = "from builtins"         # now found in builtins
print(use_g())
g = "global again"                   # a global shadows the builtin
print(use_g())
del globals()["g"]
print(use_g())
builtins.g = "builtin rebound"
print(use_g())
del builtins.g

print([use_len() for _ in range(3)])
len = lambda s: "shadowed"           # a global shadows a builtin
print(use_len())
del len
print(use_len())
real_len = builtins.len
builtins.len = lambda s: "patched builtin"
print(use_len())
builtins.len = real_len
print(use_len())

# many insertions grow the globals dict: entries move
for i in range(200):
    globals()["filler%d" % i] = i
print(use_len(), filler199)
for i in range(200):
    del globals()["filler%d" % i]
print(use_len())

# the same code object run with other globals (eval of a function's code returns its result)
code = use_g.__code__
ns = {"g": "other globals"}
print(eval(code, ns))
ns["g"] = "changed"
print(eval(code, ns))
del ns["g"]
try:
    eval(code, ns)
except NameError as e:
    print("NameError:", e)
ns["g"] = "back"
print(eval(code, ns), end=" ")
g = "module g"
print(use_g())


# a function that deletes and recreates the global it reads
def churn():
    global h
    out = []
    for i in range(4):
        h = i
        out.append(h + 0)
        del h
        try:
            out.append(h)
        except NameError:
            out.append("gone")
    return out


print(churn())
