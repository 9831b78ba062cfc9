# Coroutines are driven with send(None); the return value arrives in StopIteration.value
async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

c = add(2, 3)
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

print(run(compute()))

async def no_return():
    await add(0, 0)

print(run(no_return()))

async def nested(depth):
    if depth == 0:
        return "bottom"
    inner = await nested(depth - 1)
    return f"{depth}>{inner}"

print(run(nested(4)))

unstarted = add(1, 1)
print(unstarted.cr_frame is not None, unstarted.cr_running)
unstarted.close()
print("closed unstarted:", unstarted.cr_frame)

async def raises():
    await add(1, 1)
    raise ValueError("inside coroutine")

try:
    run(raises())
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(c, "__next__"), hasattr(c, "send"), hasattr(c, "__await__"))
