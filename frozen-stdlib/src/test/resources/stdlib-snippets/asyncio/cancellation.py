import asyncio
import traceback

async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("finally")

async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), log)
    t2 = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    t2.cancel("stop now")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("with message", e.args)
    try:
        t2.result()
    except asyncio.CancelledError as e:
        print("result raises", type(e).__name__)
    done = asyncio.create_task(asyncio.sleep(0, result=1))
    await done
    print(done.cancel())

    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    t3 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    shielded = asyncio.create_task(asyncio.sleep(0.01, result="inner"))
    outer = asyncio.ensure_future(asyncio.shield(shielded))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await shielded)

async def boom():
    await asyncio.sleep(0)
    raise KeyError("missing")

async def top():
    await boom()

try:
    asyncio.run(main())
    asyncio.run(top())
except KeyError as e:
    # only this file's frames: the pure-Python Future adds one of its own to the traceback
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in frames if f.filename == __file__])
    print(traceback.format_exception_only(type(e), e))
