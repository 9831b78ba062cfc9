# async with edge cases: failing __aenter__, failing __aexit__, truthy return values
class Pause:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

class CM:
    def __init__(self, enter_fails=False, exit_result=None, exit_raises=False):
        self.enter_fails, self.exit_result, self.exit_raises = enter_fails, exit_result, exit_raises
    async def __aenter__(self):
        await Pause()
        if self.enter_fails:
            raise ConnectionError("cannot enter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        await Pause()
        print("  __aexit__ saw", et.__name__ if et else None)
        if self.exit_raises:
            raise OSError("exit failed")
        return self.exit_result

async def body(cm, fail):
    async with cm as r:
        print("  body with", r)
        if fail:
            raise KeyError("body error")
    return "completed"

cases = [
    ("enter fails", CM(enter_fails=True), False),
    ("truthy string suppresses", CM(exit_result="yes"), True),
    ("zero does not suppress", CM(exit_result=0), True),
    ("exit raises during error", CM(exit_raises=True), True),
    ("exit raises on success", CM(exit_raises=True), False),
]
for label, cm, fail in cases:
    print(label)
    try:
        print("  ->", run(body(cm, fail)))
    except Exception as e:
        ctx = e.__context__
        print("  raised", type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None)
