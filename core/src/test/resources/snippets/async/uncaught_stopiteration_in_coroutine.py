# Uncaught RuntimeError: StopIteration escaping a coroutine is converted (chained traceback)
class Pause:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

async def first_item(source):
    await Pause()
    return next(iter(source))

async def first_items(sources):
    results = []
    for s in sources:
        results.append(await first_item(s))
    return results

print(run(first_items(["abc", [1, 2], range(5, 9)])))
print(run(first_item({"key": "value"})))
print("one of the sources is empty")
print(run(first_items(["xyz", []])))
