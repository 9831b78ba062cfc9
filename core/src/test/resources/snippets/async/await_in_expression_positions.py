# await used inside many expression positions within one coroutine
class Pause:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

async def val(x):
    await Pause()
    return x

async def main():
    out = []
    out.append(await val(1) + await val(2))
    out.append(f"{await val('f-string')}!")
    out.append([await val(i) for i in range(3)])
    out.append((await val("a"), await val("b")))
    out.append(await val(10) if await val(True) else "no")
    out.append({await val("k"): await val("v")})
    out.append(max(await val(3), await val(7)))
    out.append(-await val(5))
    out.append(await val([1, 2, 3]))
    out[-1] = (await val([9, 8, 7]))[await val(1)]
    d = {}
    d[await val("key")] = await val("value")
    out.append(d)
    x = 0
    x += await val(4)
    out.append(x)
    if await val(False) or await val("fallback"):
        out.append("condition")
    while await val(len(out)) < 14:
        out.append(len(out))
    return out

for item in run(main()):
    print(repr(item))
