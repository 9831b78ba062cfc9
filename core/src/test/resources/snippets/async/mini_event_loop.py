# a tiny round-robin event loop over coroutines
class Yield:
    def __await__(self):
        yield
async def task(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Yield()
    return name.upper()
def run(coros):
    log = []
    results = {}
    tasks = [(i, c(log)) for i, c in enumerate(coros)]
    while tasks:
        nxt = []
        for i, t in tasks:
            try:
                t.send(None)
                nxt.append((i, t))
            except StopIteration as e:
                results[i] = e.value
        tasks = nxt
    return log, results
log, res = run([lambda l: task("a", 2, l), lambda l: task("b", 3, l)])
print(log, sorted(res.items()))
