# Each generator object has its own frame and locals; the function object is shared
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g1, g2 = fib(), fib()
print([next(g1) for _ in range(6)])
print([next(g2) for _ in range(3)])
print(next(g1), next(g2))
print(g1.gi_code is g2.gi_code, g1 is g2)

def stateful(tag):
    calls = 0
    while True:
        calls += 1
        yield f"{tag}:{calls}"

gens = {t: stateful(t) for t in "xyz"}
order = "xxyzzzx"
print([next(gens[t]) for t in order])

def with_default(acc=[]):
    while True:
        acc.append(len(acc))
        yield list(acc)

d1, d2 = with_default(), with_default()
print(next(d1), next(d2), next(d1))

class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def walk(self, depth=0):
        yield depth
        for k in self.kids:
            yield from k.walk(depth + 1)

t = Tree(Tree(Tree()), Tree())
w1, w2 = t.walk(), t.walk()
print(next(w1), next(w1), next(w2), list(w1), list(w2))
