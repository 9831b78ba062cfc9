import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        return "slow"
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise

async def fast():
    await asyncio.sleep(0.001)
    return "fast"

async def main():
    print(await asyncio.wait_for(fast(), 0.5))
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, e.args, isinstance(e, TimeoutError))
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError:
        print("zero timeout")
    print(await asyncio.wait_for(fast(), None))
    t1 = asyncio.create_task(fast())
    t2 = asyncio.create_task(slow())
    done, pending = await asyncio.wait({t1, t2}, timeout=0.3)
    print(len(done), len(pending), t1 in done, t2 in pending)
    t2.cancel()
    await asyncio.sleep(0)
    done, pending = await asyncio.wait([asyncio.create_task(fast())], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done])
    results = []
    for fut in asyncio.as_completed([slow_value(0.3, "b"), slow_value(0.001, "a")]):
        results.append(await fut)
    print(results)

async def slow_value(d, v):
    await asyncio.sleep(d)
    return v

asyncio.run(main())
