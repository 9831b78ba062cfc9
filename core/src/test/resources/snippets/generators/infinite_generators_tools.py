# Hand-written count/cycle/repeat/take/chain/accumulate over infinite generators
def count(start=0, step=1):
    while True:
        yield start
        start += step

def cycle(items):
    saved = list(items)
    while saved:
        yield from saved

def repeat(value, times=None):
    if times is None:
        while True:
            yield value
    for _ in range(times):
        yield value

def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]

def chain(*iterables):
    for it in iterables:
        yield from it

def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total

def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

print(take(5, count(10, 5)))
print(take(7, cycle("abc")))
print(list(repeat("x", 3)), take(2, repeat(0)))
print(list(chain([1], (), "yz", range(2))))
print(take(6, accumulate(count(1))))
print(list(takewhile(lambda n: n * n < 50, count())))
print(list(zip(count(1), "abc")))
print(list(cycle([])))
squares = (n * n for n in count())
print(take(3, squares), take(3, squares))
