# A coroutine object runs once: re-awaiting or re-sending a finished one fails
async def value():
    return 42

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

c = value()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def await_twice(coro):
    first = await coro
    try:
        await coro
    except RuntimeError as e:
        return first, f"{type(e).__name__}: {e}"

print(run(await_twice(value())))

async def failing():
    raise KeyError("once")

f = failing()
try:
    f.send(None)
except KeyError as e:
    print("first send:", repr(e))
try:
    f.send(None)
except RuntimeError as e:
    print("second send:", e)

closed = value()
closed.close()
try:
    closed.send(None)
except RuntimeError as e:
    print("after close:", e)

async def uses(coro):
    return await coro

inner = value()
print(run(uses(inner)))
try:
    run(uses(inner))
except RuntimeError as e:
    print("shared inner:", e)
