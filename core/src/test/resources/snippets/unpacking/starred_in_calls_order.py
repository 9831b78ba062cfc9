# evaluation order of arguments with * and **
log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
print(f(v(1), *[v(2), v(3)], v(4), **{"k": v(5)}))
print(log)
