# driving a coroutine by hand with send()
class Sleep:
    def __await__(self):
        got = yield "sleeping"
        return got * 2
async def work(x):
    a = await Sleep()
    b = await Sleep()
    return x + a + b
c = work(1)
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print("result", e.value)
