# throw() and close() on a coroutine suspended inside an await
class Pause:
    def __await__(self):
        yield "paused"

async def guarded():
    try:
        await Pause()
    except KeyError as e:
        print("  coroutine handled", repr(e))
        await Pause()
        return "recovered"
    finally:
        print("  coroutine finally")

c = guarded()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)

d = guarded()
d.send(None)
try:
    d.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated:", e)

e = guarded()
e.send(None)
e.close()
print("closed:", e.cr_frame)

async def stubborn():
    while True:
        try:
            await Pause()
        except GeneratorExit:
            print("  ignoring GeneratorExit")

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as err:
    print(type(err).__name__, err)
try:
    s.throw(SystemError("force stop"))
except SystemError as err:
    print("stopped with", type(err).__name__, s.cr_frame)
