# Coroutine object attributes: cr_frame, cr_running, cr_await, cr_code, names
class Pause:
    def __await__(self):
        yield "paused"

async def inner():
    await Pause()
    return "inner done"

async def outer():
    result = await inner()
    return result

class Service:
    async def handle(self):
        return "handled"

c = outer()
print(type(c).__name__, c.__name__, c.__qualname__)
print(Service.handle.__qualname__)
print(c.cr_code.co_name, c.cr_running, c.cr_await, c.cr_frame is not None)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)
print(c.cr_frame, c.cr_await, c.cr_running)

def watch():
    return probe.cr_running

async def probing():
    return watch()

probe = probing()
try:
    probe.send(None)
except StopIteration as e:
    print("running while executing:", e.value)

co = outer()
co.__name__ = "renamed"
print(co.__name__, outer.__name__)
co.close()
print(hasattr(co, "gi_frame"), hasattr(co, "cr_frame"))
