import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    done = loop.create_future()
    # Timers share one base time: two separate call_later calls can be
    # reordered by a loaded machine (15 ms between them), in CPython too.
    now = loop.time()
    loop.call_at(now + 0.02, log.append, "at +0.02")
    loop.call_at(now + 0.005, log.append, "at +0.005")
    fired_later = []
    loop.call_later(0.005, fired_later.append, "later 0.005")
    loop.call_soon(log.append, "soon 1")
    loop.call_soon(log.append, "soon 2")
    h = loop.call_later(0.01, log.append, "cancelled")
    h.cancel()
    print(type(h).__name__, h.cancelled())
    loop.call_at(now + 0.03, done.set_result, "fired")
    print(await done)
    print(log, fired_later)
    fut = loop.create_future()
    loop.call_soon(fut.set_exception, ValueError("bad"))
    try:
        await fut
    except ValueError as e:
        print("future raised", e)
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: log.append(("cb", f.result())))
    fut2.set_result(42)
    await asyncio.sleep(0)
    print(log[-1], fut2.done())
    try:
        fut2.set_result(1)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__)
    print(loop.is_running(), loop.is_closed())

asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0.001, result="ruc")))
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print(loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
