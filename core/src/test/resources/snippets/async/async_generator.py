# async generators iterated by hand
async def agen(n):
    for i in range(n):
        yield i * i
async def main():
    out = [x async for x in agen(4)]
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
