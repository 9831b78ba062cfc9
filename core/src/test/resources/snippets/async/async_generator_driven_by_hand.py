# Async generators driven manually through __anext__() awaitables and send()
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

async def agen():
    yield "first"
    await Pause("waiting")
    yield "second"

def step(awaitable):
    """Drive one __anext__ awaitable, collecting what it yields to the loop."""
    yielded = []
    try:
        while True:
            yielded.append(awaitable.send(None))
    except StopIteration as stop:
        return "value", stop.value, yielded
    except StopAsyncIteration:
        return "end", None, yielded

g = agen()
print(type(g).__name__, g.__name__, g.__qualname__)
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))

async def collect(gen):
    return [x async for x in gen]

def run(coro):
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as stop:
        return stop.value, yielded

print(run(collect(agen())))

async def counter(n):
    for i in range(n):
        received = yield i
        if received:
            print("  counter received", received)

c = counter(3)
print(step(c.asend(None)), step(c.asend("hello")))
print(step(c.asend(None)), step(c.asend(None)))
