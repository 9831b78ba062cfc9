# Uncaught exception from a coroutine chain driven by a hand-written runner
class Pause:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

async def fetch(store, key):
    await Pause()
    return store[key]

async def total(store, keys):
    result = 0
    for k in keys:
        result += await fetch(store, k)
    return result

store = {"a": 1, "b": 2, "c": 3}
print(run(total(store, ["a", "b"])))
print(run(total(store, "abc")))
print("requesting a missing key")
print(run(total(store, ["a", "z"])))
