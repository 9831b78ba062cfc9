# A hand-written memoizing decorator keeps its cache in a closure
def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(*args):
        if args not in cache:
            calls[0] += 1
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.misses = lambda: calls[0]
    wrapper.__name__ = fn.__name__
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.misses())
print(fib(30), fib.misses())
print(fib.__name__, len(fib.cache))

@memoize
def slow_add(a, b):
    print("computing", a, b)
    return a + b

print(slow_add(1, 2))
print(slow_add(1, 2))
print(slow_add(2, 1))
print(sorted(slow_add.cache.items()))
print(slow_add.misses(), fib.misses())

try:
    slow_add([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
