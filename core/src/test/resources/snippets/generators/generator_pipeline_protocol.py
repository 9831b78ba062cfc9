# generators are their own iterators and chain lazily in pipelines
def numbers(limit):
    for i in range(limit):
        print("produce", i)
        yield i
def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v
def squares(src):
    return (v * v for v in src)
src = numbers(6)
print(iter(src) is src)
pipe = squares(evens(src))
print(next(pipe))
print(next(pipe))
print("rest", list(pipe))
print(list(pipe))
g = numbers(2)
print(g.__name__, g.__qualname__, type(g).__name__)
z = zip(numbers(3), "ab")
print(list(z))
