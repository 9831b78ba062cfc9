import _thread, errno, atexit, gc, _contextvars, _signal, _locale
l = _thread.allocate_lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01), repr(l)[:20])
l.release()
with l:
    print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print(e)
for bad in [lambda: l.acquire(False, 1), lambda: l.acquire(timeout=-2)]:
    try:
        bad()
    except ValueError as e:
        print(e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), repr(r)[:31])
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
print(_thread.get_ident() == _thread.get_ident(), _thread.TIMEOUT_MAX > 1e9, _thread.error is RuntimeError)
loc = _thread._local()
loc.x = 1
print(loc.x)
try:
    _thread._local(1)
except TypeError as e:
    print(e)
print(errno.ENOENT, errno.errorcode[2], errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[11], len(errno.errorcode))
print(gc.isenabled(), gc.collect(), gc.get_threshold(), gc.is_tracked(1), gc.is_tracked([]))
gc.disable(); print(gc.isenabled()); gc.enable()
v = _contextvars.ContextVar("v", default=5)
print(v.name, v.get(), repr(v)[:30])
t = v.set(10)
print(v.get(), t.var is v, t.old_value, repr(_contextvars.Token.MISSING))
ctx = _contextvars.copy_context()
def f(x):
    v.set(x)
    return v.get()
print(ctx.run(f, 99), v.get(), ctx[v], v in ctx, len(ctx), list(ctx.keys()) == [v])
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print(str(e)[:12], str(e)[-21:])
w = _contextvars.ContextVar("w")
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
print(w.get(7))
print(_signal.SIGINT, _signal.getsignal(_signal.SIGINT).__name__, _signal.getsignal(15), _signal.strsignal(15))
old = _signal.signal(_signal.SIGUSR1, lambda s, f: print("got", s))
_signal.raise_signal(_signal.SIGUSR1)
print(old, len(_signal.valid_signals()))
try:
    _signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(_locale.setlocale(_locale.LC_ALL, "C"), _locale.localeconv()["decimal_point"])
try:
    _locale.setlocale(_locale.LC_ALL, "xx_YY")
except _locale.Error as e:
    print(type(e).__name__, e)
def bye(*a, **k):
    print("bye", a, k)
atexit.register(bye, 1, k=2)
atexit.register(print, "first registered, runs last")
class Boom:
    def __call__(self):
        1 / 0
    def __repr__(self):
        return "Boom()"
atexit.register(Boom())
atexit.unregister(print)
