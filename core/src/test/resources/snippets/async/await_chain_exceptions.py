# Exceptions propagate through chains of awaits and can be caught at any level
class Pause:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

async def level3(x):
    await Pause()
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x

async def level2(x):
    try:
        return await level3(x) * 2
    finally:
        print(f"  level2 finally for {x}")

async def level1(values):
    results = []
    for v in values:
        try:
            results.append(await level2(v))
        except ValueError as e:
            results.append(f"error({e})")
    return results

print(run(level1([1, -2, 3])))

async def reraise_with_context():
    try:
        await level3(-1)
    except ValueError as e:
        raise RuntimeError("wrapped") from e

try:
    run(reraise_with_context())
except RuntimeError as e:
    print(type(e).__name__, e, "<-", type(e.__cause__).__name__, e.__cause__)

async def leaks_stop_iteration():
    await Pause()
    raise StopIteration("from coroutine")

try:
    run(leaks_stop_iteration())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)
