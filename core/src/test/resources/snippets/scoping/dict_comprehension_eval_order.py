# Evaluation order: dict displays and comprehensions evaluate key before value
log = []

def k(x):
    log.append(f"k{x}")
    return x

def v(x):
    log.append(f"v{x}")
    return x * 10

d = {k(1): v(1), k(2): v(2)}
print(d, log)
log.clear()

d2 = {k(i): v(i) for i in range(3)}
print(d2, log)
log.clear()

d3 = {k(1): v(1), k(1): v(2)}
print(d3, log)
log.clear()

def a(x):
    log.append(f"a{x}")
    return x

result = a(1) + a(2) * a(3)
print(result, log)
log.clear()

lst = [a(0)]
lst[a(0)] = a(5)
print(lst, log)
log.clear()

def call(*args, **kwargs):
    return args, kwargs

print(call(a(1), *[a(2)], key=a(3), **{"z": a(4)}), log)
log.clear()
x, y = a("left"), a("right")
print(log)
