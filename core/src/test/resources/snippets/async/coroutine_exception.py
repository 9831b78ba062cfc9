# an exception inside a coroutine propagates through send()
class Suspend:
    def __await__(self):
        yield "paused"
async def inner():
    await Suspend()
    raise ValueError("inner failed")
async def outer():
    try:
        await inner()
    except ValueError as e:
        return "handled: " + str(e)
c = outer()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
