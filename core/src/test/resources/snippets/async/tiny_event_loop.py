# A tiny event loop: tasks yield Sleep requests and resume in tick order
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((self.now, len(self.ready), name, coro))

    def run(self):
        counter = 100
        while self.ready:
            self.ready.sort(key=lambda entry: (entry[0], entry[1]))
            when, _, name, coro = self.ready.pop(0)
            self.now = when
            try:
                request = coro.send(None)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"t={self.now} {name} finished -> {stop.value}")
                continue
            counter += 1
            self.ready.append((self.now + request.ticks, counter, name, coro))
        return self.results

async def worker(name, delays):
    for d in delays:
        print(f"t={loop.now} {name} sleeps {d}")
        await Sleep(d)
    return sum(delays)

async def chained():
    a = await worker("inner", [1, 1])
    await Sleep(2)
    return a * 100

loop = Loop()
loop.spawn("A", worker("A", [3, 1]))
loop.spawn("B", worker("B", [1, 1, 1]))
loop.spawn("C", chained())
print(sorted(loop.run().items()))
print("final time", loop.now)
