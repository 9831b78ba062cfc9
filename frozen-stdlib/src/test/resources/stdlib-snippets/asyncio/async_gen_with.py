import asyncio
import contextlib

async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1

class Resource:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False

@contextlib.asynccontextmanager
async def managed(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

async def main():
    print([x async for x in countdown(3)])
    async for x in countdown(2):
        print("item", x)
    async with Resource() as r:
        print(type(r).__name__)
    try:
        async with Resource():
            raise RuntimeError("inside")
    except RuntimeError as e:
        print("caught", e)
    async with managed("db") as m:
        print(m)
    gen = countdown(5)
    print(await gen.__anext__(), await anext(gen))
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(countdown(0), "default"))
    g2 = countdown(2)
    print(await anext(g2, "d"), await anext(g2, "d"), await anext(g2, "d"))
    print(type(anext(g2, None)).__name__)

asyncio.run(main())
