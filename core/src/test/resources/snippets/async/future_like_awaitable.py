# A Future-like awaitable resolved by a hand-written loop, with callbacks
class Future:
    def __init__(self, label):
        self.label = label
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        while not self.done:
            yield self
        return self.result

pending = []

def run(coro):
    step = 0
    while True:
        try:
            fut = coro.send(None)
        except StopIteration as stop:
            return stop.value
        step += 1
        print(f"  step {step}: waiting on {fut.label}")
        if fut not in pending:
            pending.append(fut)
        if step % 2 == 0:
            ready = pending.pop(0)
            ready.set_result(ready.label.upper())

async def fetch(label):
    fut = Future(label)
    fut.callbacks.append(lambda f: print(f"  callback: {f.label} -> {f.result}"))
    value = await fut
    return value

async def main():
    first = await fetch("alpha")
    second = await fetch("beta")
    return [first, second]

print(run(main()))
f = Future("pre-resolved")
f.set_result(99)

async def await_resolved():
    return await f

print(run(await_resolved()))
