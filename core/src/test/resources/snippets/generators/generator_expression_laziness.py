# Generator expressions are lazy and single-use; conditions and nesting run on demand
log = []

def source():
    for i in range(5):
        log.append(f"produce {i}")
        yield i

def check(x):
    log.append(f"check {x}")
    return x % 2 == 0

evens = (x * 10 for x in source() if check(x))
print(log)
print(next(evens), log)
log.clear()
print(next(evens), log)
log.clear()
print(list(evens), log)
print(list(evens))

pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))

squares = (n * n for n in range(5))
print(sum(squares), sum(squares))
print(4 in (n * n for n in range(5)), 5 in (n * n for n in range(5)))

found = (c for c in "hello world" if c in "ow")
print(next(found), next(found), next(found), next(found, "none left"))

print(sum(x for x in range(10) if x % 3 == 0))
print(max((len(w), w) for w in ["aa", "b", "cccc"]))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(dict((k, len(k)) for k in ["one", "three"]))
print("-".join(str(i) for i in range(4)))
g = (i for i in range(3))
print(g.send(None), g.throw is not None)
g.close()
print(list(g))
