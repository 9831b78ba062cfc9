# A round-robin task scheduler built on plain generators
def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    return f"{name} finished after {steps}"

def counter_task(limit):
    total = 0
    for i in range(limit):
        total += i
        received = yield
        if received:
            print("counter got", received)
    return total

def run(tasks):
    queue = list(tasks)
    results = {}
    tick = 0
    while queue:
        current = queue.pop(0)
        try:
            current.send("ping" if tick == 5 else None)
        except StopIteration as done:
            results[current.__name__ + str(tick)] = done.value
            print(f"  completed: {done.value}")
        else:
            queue.append(current)
        tick += 1
    return results

gens = [task("A", 2), task("B", 3), counter_task(3)]
for g in gens:
    next(g)
results = run(gens)
print(sorted(results.values(), key=str))
