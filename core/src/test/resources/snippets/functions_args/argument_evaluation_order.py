# arguments are evaluated left to right
log = []
def a(x):
    log.append(x)
    return x
def f(*args, **kw):
    return args, kw
f(a(1), a(2), k=a(3), j=a(4))
print(log)
log.clear()
d = {a("k1"): a("v1"), a("k2"): a("v2")}
print(log)
