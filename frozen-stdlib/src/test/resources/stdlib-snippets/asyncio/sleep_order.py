import asyncio
import time

async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name

async def main():
    log = []
    t0 = time.monotonic()
    # every task starts in the same loop step, so they wake in the order of their delays
    # delays 50 ms apart, so a loaded machine cannot reorder them
    r = await asyncio.gather(sleeper("d200", 0.2, log), sleeper("d50", 0.05, log), sleeper("d150", 0.15, log),
                             sleeper("d0", 0, log), sleeper("d100", 0.1, log))
    elapsed = time.monotonic() - t0
    print(log)
    print(r)
    print(elapsed >= 0.2, elapsed < 5)
    loop = asyncio.get_running_loop()
    t1 = loop.time()
    await asyncio.sleep(0.03)
    print(loop.time() - t1 >= 0.029)
    print(await asyncio.sleep(0, result="r"))
    steps = []

    async def yielder(name):
        for i in range(3):
            steps.append(f"{name}{i}")
            await asyncio.sleep(0)

    await asyncio.gather(yielder("a"), yielder("b"))
    print(steps)

asyncio.run(main())
