# Generators: yield, yield from, send, generator expressions, infinite streams
def countdown(n):
    while n > 0:
        yield n
        n -= 1


print(list(countdown(5)))


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, iterable):
    for i, x in enumerate(iterable):
        if i == n:
            return
        yield x


print(list(take(12, fibonacci())))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, 4]], [[5]], 6])))


def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
print(sum(x * x for x in range(1000) if x % 3 == 0))
gen = countdown(2)
print(next(gen), next(gen), next(gen, "done"))
