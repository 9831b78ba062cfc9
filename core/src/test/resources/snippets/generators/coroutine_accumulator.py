# Generator-based coroutines: a priming decorator, results via StopIteration.value and yield from
def primed(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start

@primed
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average

avg = averager()
print(avg.send(10), avg.send(20), avg.send(60))
try:
    avg.send(None)
except StopIteration as e:
    print("result:", e.value)

def grouper(results, key):
    while True:
        results[key] = yield from raw_averager()

def raw_averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return count, (total / count if count else 0.0)
        total += value
        count += 1

data = {"a": [1, 2, 3], "b": [10, 30]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
