# compile(..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT): module-level await makes a coroutine code object
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
CO_COROUTINE = 0x80


class Pause:
    def __await__(self):
        got = yield 'paused'
        return got


g = {'Pause': Pause}
code = compile("x = 1\nr = await Pause()\ny = x + r\n", "<tla>", "exec", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(code.co_flags & CO_COROUTINE), code.co_name)
coro = eval(code, g)
print(type(coro).__name__, coro.__name__, 'y' in g)
print(coro.send(None))
try:
    coro.send(41)
except StopIteration as e:
    print("done", e.value, g['y'])

# without an await the code is ordinary and runs at once
plain = compile("z = 5", "<tla>", "exec", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(plain.co_flags & CO_COROUTINE), eval(plain, g), g['z'])

# eval mode: the coroutine returns the expression's value
expr = compile("(await Pause()) * 2", "<tla>", "eval", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
c = eval(expr, g)
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("value", e.value)


# async with at module level
class Ctx:
    async def __aenter__(self):
        print("enter")
        return 'ctx'

    async def __aexit__(self, *exc):
        print("exit")


g['Ctx'] = Ctx
w = compile("async with Ctx() as c:\n    print('inside', c)\n", "<tla>", "exec", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(w.co_flags & CO_COROUTINE))
try:
    eval(w, g).send(None)
except StopIteration:
    print("finished")

# still a SyntaxError without the flag, and inside a plain function even with it
for src in ["await Pause()", "def f():\n    await Pause()\n"]:
    for flags in [0, PyCF_ALLOW_TOP_LEVEL_AWAIT]:
        try:
            compile(src, "<tla>", "exec", flags=flags)
            print("compiled", flags)
        except SyntaxError as e:
            print("SyntaxError", e.msg, flags)
