# async with: __aenter__/__aexit__ coroutines, exception info, and suppression
class Pause:
    def __await__(self):
        yield "pause"

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as stop:
        return stop.value, steps

class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Pause()
        print(f"  open {self.name}")
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        await Pause()
        print(f"  close {self.name}: {exc_type.__name__ if exc_type else None} {exc}")
        return self.suppress

async def normal():
    async with Resource("db") as handle:
        print("  using", handle)
    return "normal done"

async def failing(suppress):
    async with Resource("file", suppress) as h:
        raise ValueError(f"failure in {h}")
    return "after block (suppressed)"

async def nested():
    async with Resource("outer") as a, Resource("inner") as b:
        return a + "+" + b

print(run(normal()))
print(run(failing(True)))
try:
    run(failing(False))
except ValueError as e:
    print("propagated:", e)
print(run(nested()))

class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): return False

async def wrong_protocol():
    async with SyncOnly():
        pass

try:
    run(wrong_protocol())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
