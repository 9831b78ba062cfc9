# zip pulls from its arguments left to right and stops at the first exhausted one
log = []

def numbered(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i

print(list(zip(numbered("a", 3), numbered("b", 2))))
print(log)
log.clear()

a = numbered("x", 5)
b = numbered("y", 2)
print(list(zip(a, b)))
print("x lost one item:", next(a), log)
log.clear()

print(list(zip(numbered("s", 2), numbered("l", 5))))
print(log)
log.clear()

print(list(map(lambda p, q: p + q, numbered("m", 2), numbered("n", 3))))
print(log)
log.clear()

e = enumerate(numbered("e", 3), start=10)
print(next(e), log)
print(list(e))
log.clear()

f = filter(None, numbered("f", 4))
print(list(f), log)
log.clear()

print(any(x > 0 for x in numbered("any", 5)), log)
log.clear()
print(all(x < 1 for x in numbered("all", 5)), log)
