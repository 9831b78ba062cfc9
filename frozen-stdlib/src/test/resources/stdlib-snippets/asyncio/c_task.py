# The accelerated Task of _asyncio: stepping, cancellation counts, names, errors and the task registry.
import asyncio
import io
import types
import _asyncio

print(asyncio.Task is _asyncio.Task, asyncio.Task.__mro__[1] is asyncio.Future)


async def child(x):
    await asyncio.sleep(0)
    return x + 1


async def raiser():
    await asyncio.sleep(0)
    raise KeyError("k")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(child(1))
    print(t.get_name(), t._must_cancel, t._fut_waiter, t._log_destroy_pending)
    print(repr(t).split(" coro=")[0])
    print(await t, t.done(), t.result(), repr(t).split(" coro=")[0])

    t = loop.create_task(child(2), name=42)
    print(repr(t.get_name()))
    t.set_name(("tuple", 1))
    print(repr(t.get_name()))
    await t

    # cancellation bookkeeping
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(type(t._fut_waiter).__name__, t.cancelling())
    print(t.cancel("first"), t.cancel("second"), t.cancelling(), t._must_cancel)
    print(repr(t).split(" coro=")[0])
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args, t.cancelled())
    print(t.uncancel(), t.uncancel(), t.uncancel(), t.cancel())

    # cancel before the first step: the coroutine never starts
    started = []
    async def mark():
        started.append(1)
    t = asyncio.create_task(mark())
    t.cancel()
    print(t._must_cancel)
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled early", started)

    # a coroutine that catches the cancellation goes on
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored cancel"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelling())

    # exceptions
    t = asyncio.create_task(raiser())
    try:
        await t
    except KeyError as e:
        print("raised", repr(e), repr(t.exception()))

    for meth, arg in (("set_result", 1), ("set_exception", ValueError())):
        try:
            getattr(t, meth)(arg)
        except RuntimeError as e:
            print(type(e).__name__, e)

    # yielding wrong things
    @types.coroutine
    def bare_yield(value):
        yield value

    async def yields(value):
        await bare_yield(value)

    for value in (1, asyncio.Future(), "x"):
        t = asyncio.create_task(yields(value))
        try:
            await t
        except RuntimeError as e:
            print(type(e).__name__, str(e).split(":")[0].split(" in task")[0])

    async def self_await():
        await asyncio.sleep(0)
        await me
    me = asyncio.create_task(self_await())
    try:
        await me
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(":")[0])

    other_loop = asyncio.new_event_loop()
    async def other():
        await other_loop.create_future()
    t = asyncio.create_task(other())
    try:
        await t
    except RuntimeError as e:
        print(type(e).__name__, "different loop" in str(e))
    other_loop.close()

    # a bare yield gives up one loop iteration
    order = []
    @types.coroutine
    def relinquish():
        yield
    async def a():
        order.append("a1")
        await relinquish()
        order.append("a2")
    async def b():
        order.append("b1")
    await asyncio.gather(a(), b())
    print(order)

    # stacks
    async def waiter():
        await asyncio.sleep(10)
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(len(t.get_stack()), len(t.get_stack(limit=1)))
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().splitlines()[0])
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), t.get_stack())

    # registry
    print(asyncio.current_task() is asyncio.current_task(loop), asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    try:
        _asyncio._enter_task(loop, t)
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(" while")[0][:20])
    try:
        _asyncio._leave_task(loop, t)
    except RuntimeError as e:
        print(type(e).__name__, str(e)[:20])
    print(asyncio.get_running_loop() is loop, _asyncio._get_running_loop() is loop, asyncio.get_event_loop() is loop)


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
print(_asyncio._get_running_loop())

try:
    asyncio.Task(123, loop=asyncio.new_event_loop())
except TypeError as e:
    print(type(e).__name__, e)

class MyTask(asyncio.Task):
    pass

async def hello():
    return "hello"

loop = asyncio.new_event_loop()
t = MyTask(hello(), loop=loop, name="mine")
print(repr(t).split(" coro=")[0], loop.run_until_complete(t), repr(t).split(" coro=")[0])
print(asyncio.Task[int])
loop.close()
