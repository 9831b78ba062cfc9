# Unpacking generators into targets, star targets and calls; error messages
def gen(n):
    for i in range(n):
        yield i * 11

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
*init, last = gen(1)
print(init, last)
head, *mid, tail = gen(5)
print(head, mid, tail)

try:
    x, y = gen(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, *q, r = gen(1)
except ValueError as e:
    print(type(e).__name__, e)

log = []
def noisy(n):
    for i in range(n):
        log.append(i)
        yield i

try:
    u, v = noisy(10)
except ValueError:
    print("consumed before the error:", log)

print(*gen(3), sep=" | ")
print([*gen(2), *gen(2)], {*gen(3)}, (*gen(1),))
print(dict(zip("abc", gen(3))))
for i, (m, n) in enumerate(zip(gen(2), gen(3))):
    print(i, m, n)
