# After exhaustion a generator keeps raising StopIteration without a value
def gen():
    yield 1
    return "returned"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("first:", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("second:", repr(e.value), e.args)
print(next(g, "default"), list(g), tuple(g))

def gen_raises():
    yield 1
    raise KeyError("only once")

h = gen_raises()
next(h)
try:
    next(h)
except KeyError as e:
    print("raised:", e)
print(next(h, "exhausted after error"))

it = iter([1, 2])
print(list(it), list(it))

def restartable(n):
    yield from range(n)

r = restartable(2)
print(list(r), list(r), list(restartable(2)))

def partial():
    for i in range(5):
        yield i

p = partial()
for x in p:
    if x == 1:
        break
print("resume after break:", list(p))
m = partial()
print([next(m) for _ in range(2)], list(zip(m, "ab")), list(m))
