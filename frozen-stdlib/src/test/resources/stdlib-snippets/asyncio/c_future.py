# The accelerated Future of _asyncio: state, result/exception, callbacks, errors, repr.
import asyncio
import contextvars

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

print(asyncio.Future.__module__, asyncio.Future.__name__)
f = asyncio.Future()
print(f._state, f._callbacks, f._result, f._exception, f._asyncio_future_blocking, f._log_traceback)
print(f.get_loop() is loop, f.done(), f.cancelled(), repr(f))
for meth in (f.result, f.exception):
    try:
        meth()
    except Exception as e:
        print(type(e).__name__)

calls = []
def cb(fut):
    calls.append(('cb', fut.result()))
def cb2(fut):
    calls.append(('cb2', fut.result()))
f.add_done_callback(cb)
f.add_done_callback(cb2)
f.add_done_callback(cb)
print(len(f._callbacks), [c[0].__name__ for c in f._callbacks])
print(f.remove_done_callback(cb), len(f._callbacks))
f.set_result(42)
print(f._state, f.result(), repr(f))
loop.run_until_complete(asyncio.sleep(0))
print(calls)
f.add_done_callback(cb)
loop.run_until_complete(asyncio.sleep(0))
print(calls)

for bad in (lambda: f.set_result(1), lambda: f.set_exception(ValueError()), f.cancel):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)

g = asyncio.Future()
for exc in (StopIteration, StopIteration(1), 42, "x"):
    try:
        g.set_exception(exc)
    except TypeError as e:
        print(type(e).__name__, e)
g.set_exception(KeyError)
print(g._log_traceback, repr(g.exception()), g._log_traceback)
try:
    g.result()
except KeyError as e:
    print("raised", repr(e))
try:
    g._log_traceback = True
except ValueError as e:
    print(type(e).__name__, e)
g._log_traceback = False

h = asyncio.Future()
print(h.cancel("stop"), h.cancel(), h.cancelled(), h._cancel_message)
try:
    h.result()
except asyncio.CancelledError as e:
    print("cancelled", e.args)
try:
    h.exception()
except asyncio.CancelledError as e:
    print("cancelled", e.args)
print(repr(h))

# context passed to the callback
var = contextvars.ContextVar("var", default="default")
ctx = contextvars.copy_context()
ctx.run(var.set, "in ctx")
k = asyncio.Future()
k.add_done_callback(lambda fut: print("callback sees", var.get()), context=ctx)
k.add_done_callback(lambda fut: print("callback sees", var.get()))
k.set_result(None)
loop.run_until_complete(asyncio.sleep(0))

# uninitialised futures and subclassing
class MyFut(asyncio.Future):
    def __init__(self):
        pass
m = MyFut()
for name in ("done", "cancelled", "result", "exception", "get_loop", "cancel", "add_done_callback"):
    try:
        print(name, getattr(m, name)() if name != "add_done_callback" else m.add_done_callback(print))
    except Exception as e:
        print(name, type(e).__name__, e)

class Sub(asyncio.Future):
    extra = 1
s = Sub(loop=loop)
s.note = "attr"
for name in ("_state", "_loop", "_callbacks", "_result", "_source_traceback", "_cancel_message", "_asyncio_future_blocking"):
    try:
        print(name, getattr(m, name))
    except Exception as e:
        print(name, type(e).__name__, e)
print(sorted(k for k in vars(asyncio.Future) if not k.startswith("__")))
print(sorted(k for k in dir(asyncio.Task) if not k.startswith("__")))
print(asyncio.Task.__doc__, asyncio.Future.__doc__.splitlines()[0])
print(type(s).__name__, s.note, repr(s))
print(asyncio.Future[int], isinstance(s, asyncio.Future))

# iterating the future by hand
it = asyncio.Future().__await__()
print(type(it).__name__)
fut = asyncio.Future()
it = iter(fut)
print(next(it) is fut, fut._asyncio_future_blocking)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
fut.set_result("done")
try:
    it.send(None)
except StopIteration as e:
    print("stop", e.value)
it2 = asyncio.Future().__await__()
try:
    it2.throw(ValueError("thrown"))
except ValueError as e:
    print("throw", e)
try:
    it2.throw(1)
except TypeError as e:
    print(type(e).__name__, e)
print(it2.close())
loop.close()
