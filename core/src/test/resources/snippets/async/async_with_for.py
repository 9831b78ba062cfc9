# async with and async for driven by hand
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
class ACount:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with ACM() as r:
        print("using", r)
    total = 0
    async for v in ACount(4):
        total += v
    return total
try:
    main().send(None)
except StopIteration as e:
    print("total", e.value)
