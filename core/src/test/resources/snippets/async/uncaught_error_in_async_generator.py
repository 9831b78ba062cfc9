# Uncaught exception raised inside an async generator consumed with async for
class Pause:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

async def readings(raw):
    for item in raw:
        await Pause()
        yield float(item)

async def average(raw):
    total = count = 0
    async for value in readings(raw):
        total += value
        count += 1
    return total / count

print(run(average(["1.5", "2.5"])))
print(run(average(["10", "20", "30"])))
print("averaging a bad reading")
print(run(average(["4", "oops"])))
