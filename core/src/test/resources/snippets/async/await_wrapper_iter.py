# coroutine.__await__() returns an iterator whose __iter__ is itself (yield from works on it);
# a generator or coroutine that has not started reports its def line as f_lineno.
async def notmuch():
    return 'abc'


w = notmuch().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("returned", e.value)


def delegate(awaitable):
    return (yield from awaitable.__await__())


class Aw:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


g = delegate(Aw(notmuch()))
try:
    g.send(None)
except StopIteration as e:
    print("delegated", e.value)

c = notmuch()
print(c.cr_frame.f_lineno - notmuch.__code__.co_firstlineno)
c.close()


def gen():
    x = 1
    yield x


g = gen()
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
