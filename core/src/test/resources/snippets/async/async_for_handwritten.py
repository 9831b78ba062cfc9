# async for over a hand-written async iterator; StopAsyncIteration ends the loop
class Pause:
    def __await__(self): yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

class Ticker:
    def __init__(self, n):
        self.n, self.i = n, 0
    def __aiter__(self): return self
    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

async def consume():
    seen = []
    async for value in Ticker(3):
        seen.append(value)
    else:
        seen.append("else ran")
    async for value in Ticker(5):
        if value > 20:
            break
        seen.append(value)
    else:
        seen.append("not reached")
    return seen

print(run(consume()))

class NotAsyncIterable:
    def __iter__(self): return iter([1])

async def wrong():
    async for x in NotAsyncIterable():
        pass

class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 5

async def bad_anext():
    async for x in BadAnext():
        pass

for fn in (wrong, bad_anext):
    try:
        run(fn())
    except TypeError as e:
        print(type(e).__name__, e)
