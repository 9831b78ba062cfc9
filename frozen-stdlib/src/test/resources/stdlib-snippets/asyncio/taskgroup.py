import asyncio

async def job(n, fail=False):
    await asyncio.sleep(0.001 * n)
    if fail:
        raise ValueError(f"job {n} failed")
    return n * n

async def long_job(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("long cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i)) for i in range(4)]
    print([t.result() for t in tasks])
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(0))
            tg.create_task(job(0, fail=True))
            tg.create_task(long_job(log))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        print(sorted(str(e) for e in eg.exceptions))
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(0, fail=True))
    except* ValueError as g:
        print("except* caught", [str(e) for e in g.exceptions])


# a fresh task: in 3.11 a failed TaskGroup leaves its parent's cancel count raised
async def timeouts():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print(cm.expired())

asyncio.run(main())
asyncio.run(timeouts())
