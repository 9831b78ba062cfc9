# TypeErrors from awaiting things that are not awaitable or have a bad __await__
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

async def await_it(obj):
    return await obj

class NoAwait:
    pass

class ReturnsInt:
    def __await__(self):
        return 5

class ReturnsCoroutine:
    def __await__(self):
        self.inner = await_it(1)
        return self.inner

def plain_generator():
    yield 1

for candidate in (3, "text", None, NoAwait(), ReturnsInt(), plain_generator()):
    try:
        run(await_it(candidate))
    except TypeError as e:
        print(type(e).__name__, e)

bad = ReturnsCoroutine()
try:
    run(await_it(bad))
except TypeError as e:
    print(type(e).__name__, e)
bad.inner.close()

class IterAwait:
    def __await__(self):
        return iter(["a"])

coro = await_it(IterAwait())
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as e:
    print("finished, value", e.value)
