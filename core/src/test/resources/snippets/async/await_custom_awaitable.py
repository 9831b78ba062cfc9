# Awaiting objects with __await__: yielded values reach the driver, sent values come back
class Ask:
    def __init__(self, question):
        self.question = question
    def __await__(self):
        answer = yield self.question
        return answer.upper()

async def interview():
    name = await Ask("name?")
    city = await Ask("city?")
    return f"{name} from {city}"

coro = interview()
print(coro.send(None), coro.send("ann"))
try:
    coro.send("oslo")
except StopIteration as e:
    print("result:", e.value)

class Immediate:
    def __await__(self):
        return iter([])

class Twice:
    def __await__(self):
        yield "first"
        yield "second"
        return "twice done"

async def mix():
    a = await Immediate()
    b = await Twice()
    return a, b

m = mix()
print(m.send(None), m.send(None))
try:
    m.send(None)
except StopIteration as e:
    print(e.value)

class GenAwait:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        total = 0
        for i in range(self.n):
            total += yield i
        return total

async def summer():
    return await GenAwait(3)

s = summer()
print(s.send(None), s.send(10), s.send(20))
try:
    s.send(30)
except StopIteration as e:
    print("sum:", e.value)
