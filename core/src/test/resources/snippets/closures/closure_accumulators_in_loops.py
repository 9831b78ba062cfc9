# nonlocal accumulators updated from callbacks invoked inside loops
def walk(items, visit):
    for item in items:
        visit(item)

def stats(values):
    count = 0
    total = 0
    smallest = None
    def visit(v):
        nonlocal count, total, smallest
        count += 1
        total += v
        if smallest is None or v < smallest:
            smallest = v
    walk(values, visit)
    return count, total, smallest

print(stats([4, 8, 1, 9]))
print(stats([]))

def running_average():
    n = 0
    mean = 0.0
    def push(x):
        nonlocal n, mean
        n += 1
        mean += (x - mean) / n
        return mean
    return push

avg = running_average()
print([avg(x) for x in (2, 4, 6, 8)])

def group_by_parity(values):
    groups = {}
    def add(v):
        groups.setdefault("even" if v % 2 == 0 else "odd", []).append(v)
    for v in values:
        add(v)
    return groups

print(group_by_parity(range(7)))

def early_exit():
    found = None
    def check(x):
        nonlocal found
        if x > 3 and found is None:
            found = x
        return found is not None
    for i in range(10):
        if check(i):
            break
    return found, i

print(early_exit())
