# errors from awaiting the wrong things
async def f():
    await 3
try:
    f().send(None)
except TypeError as e:
    print(e)
async def g():
    return 1
c = g()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
