# Async comprehensions: async for and await inside list/set/dict comprehensions and genexps
class Pause:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

async def numbers(n):
    for i in range(n):
        await Pause()
        yield i

async def double(x):
    await Pause()
    return x * 2

async def main():
    a = [x async for x in numbers(4)]
    b = [x async for x in numbers(6) if x % 2]
    c = {x: await double(x) async for x in numbers(3)}
    d = {await double(x) for x in range(3)}
    e = [await double(x) for x in [5, 6]]
    gen = (x * 10 async for x in numbers(3))
    f = [y async for y in gen]
    g = [(x, y) async for x in numbers(2) for y in "ab"]
    return a, b, c, d, e, f, g, type(gen).__name__

for part in run(main()):
    print(part)

async def nested_in_async_gen():
    async for x in numbers(2):
        yield [await double(x + y) for y in range(2)]

async def main2():
    return [row async for row in nested_in_async_gen()]

print(run(main2()))
