# A hand-written gather: run several coroutines concurrently and collect ordered results
class Yield:
    def __await__(self):
        yield

async def job(name, steps, fail=False):
    for i in range(steps):
        print(f"  {name} step {i}")
        await Yield()
    if fail:
        raise ValueError(f"{name} failed")
    return f"{name}:{steps}"

def gather(*coros, return_exceptions=False):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        index, coro = pending.pop(0)
        try:
            coro.send(None)
        except StopIteration as stop:
            results[index] = stop.value
        except Exception as exc:
            if not return_exceptions:
                for _, other in pending:
                    other.close()
                raise
            results[index] = exc
        else:
            pending.append((index, coro))
    return results

print(gather(job("a", 2), job("b", 1), job("c", 3)))
mixed = gather(job("x", 1), job("y", 2, fail=True), return_exceptions=True)
print([r if isinstance(r, str) else f"{type(r).__name__}({r})" for r in mixed])
try:
    gather(job("p", 3), job("q", 1, fail=True), job("r", 2))
except ValueError as e:
    print("gather raised:", e)
