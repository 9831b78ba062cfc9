import asyncio

order = []

async def worker(name, delay, result):
    order.append(("start", name))
    await asyncio.sleep(delay)
    order.append(("end", name))
    return result

async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    t = asyncio.create_task(worker("t", 0.01, "T"))
    print(type(t).__name__, t.done())
    r = await asyncio.gather(worker("a", 0.03, 1), worker("b", 0.01, 2), worker("c", 0, 3))
    print(r)
    print(await t, t.done(), t.result())
    print(order)
    r = await asyncio.gather(failing(), worker("d", 0, 4), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in r])
    try:
        await asyncio.gather(failing(), worker("e", 0, 5))
    except ValueError as e:
        print("gather raised", repr(e))
    t2 = asyncio.create_task(worker("named", 0, None), name="my-task")
    print(t2.get_name())
    await t2
    print(asyncio.current_task().get_name() is not None, len(asyncio.all_tasks()))

print(asyncio.run(main()))
print(asyncio.run(worker("x", 0, "done")))
