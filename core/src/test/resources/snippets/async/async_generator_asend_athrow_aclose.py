# Async generator asend/athrow/aclose driven by hand, with finally blocks
def drive(awaitable):
    try:
        while True:
            awaitable.send(None)
    except StopIteration as stop:
        return ("yielded", stop.value)
    except StopAsyncIteration:
        return ("exhausted",)

async def resource():
    try:
        while True:
            try:
                cmd = yield "ready"
                print("  got command", cmd)
            except ValueError as e:
                print("  handled", e)
                yield "after error"
    finally:
        print("  resource finally")

g = resource()
print(drive(g.asend(None)))
print(drive(g.asend("run")))
print(drive(g.athrow(ValueError("bad input"))))
print(drive(g.asend(None)))
print(drive(g.aclose()))
print(drive(g.asend(None)))

h = resource()
print(drive(h.__anext__()))
try:
    drive(h.athrow(KeyError("fatal")))
except KeyError as e:
    print("athrow propagated:", repr(e))
print(drive(h.__anext__()))

never = resource()
print(drive(never.aclose()))

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

i = ignores_exit()
drive(i.__anext__())
try:
    drive(i.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
