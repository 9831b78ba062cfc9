# Argument binding errors for generator functions happen at call time, not at first next()
def gen(a, b=2, *, c):
    print("generator body started")
    yield a + b + c

try:
    g = gen(1)
except TypeError as e:
    print("call failed:", type(e).__name__, e)

g = gen(1, c=3)
print("generator object created", type(g).__name__)
print(next(g))

try:
    gen(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

def gen_defaults(items=[]):
    items.append(len(items))
    yield list(items)

print(next(gen_defaults()), next(gen_defaults()))

def body_error(x):
    yield 1
    yield x / 0

g2 = body_error(5)
print("created without error")
print(next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

def star_gen(*args, **kwargs):
    yield from args
    yield from sorted(kwargs)

print(list(star_gen(1, 2, z=1, a=2)))
print(gen.__name__, gen.__code__.co_argcount, gen.__code__.co_kwonlyargcount)
