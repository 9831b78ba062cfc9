# argument binding for generator functions happens at call time
def gen(a, b=2, *rest, k):
    yield a + b + sum(rest) + k
try:
    gen(1)
except TypeError as e:
    print(e)
print(next(gen(1, k=3)), list(gen(1, 2, 3, 4, k=0)))
