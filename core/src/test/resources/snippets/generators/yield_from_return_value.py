# yield from passes values through and evaluates to the subgenerator's return value
def child(n):
    for i in range(n):
        yield f"child {i}"
    return n * 100

def parent():
    result = yield from child(2)
    yield f"child returned {result}"
    result2 = yield from child(0)
    yield f"empty child returned {result2}"
    result3 = yield from [1, 2]
    yield f"list gives {result3}"

for item in parent():
    print(item)

def no_return():
    yield 1

def wrapper():
    r = yield from no_return()
    return r

try:
    w = wrapper()
    next(w)
    next(w)
except StopIteration as e:
    print("implicit return:", e.value)

def chain(*gens):
    results = []
    for g in gens:
        results.append((yield from g))
    return results

def counted(label, k):
    yield from (f"{label}{i}" for i in range(k))
    return len(label) * k

c = chain(counted("ab", 2), counted("x", 3))
print(list(c))
try:
    next(c)
except StopIteration as e:
    print("after exhaustion:", e.value)

def grab():
    c = chain(counted("q", 1), counted("rs", 1))
    values = yield from c
    yield values

print(list(grab()))
