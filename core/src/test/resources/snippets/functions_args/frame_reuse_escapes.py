import sys

def grab(x):
    y = x * 2
    return sys._getframe()

frames = [grab(i) for i in range(3)]
print([f.f_locals for f in frames], len(set(map(id, frames))))

def fails(n):
    z = n + 1
    raise ValueError(n)

tbs = []
for i in range(3):
    try:
        fails(i)
    except ValueError as e:
        tbs.append(e.__traceback__)
print([tb.tb_next.tb_frame.f_locals for tb in tbs])

def inner():
    return sys._getframe(1)

def outer(k):
    w = k
    return inner()

outs = [outer(i) for i in range(3)]
print([o.f_locals['w'] for o in outs])

def plain(a, b=2):
    c = a + b
    return c

print([plain(i) for i in range(5)], plain(1, b=5))

def unbound(flag):
    if flag:
        v = 1
    return v

print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

def loc(a):
    b = a
    return locals()

print([loc(i) for i in range(3)])

class C:
    def __init__(self, v):
        self.v = v
print([C(i).v for i in range(4)])

def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(50), rec(3))
