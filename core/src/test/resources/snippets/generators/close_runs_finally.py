# close(): GeneratorExit at the paused yield runs finally blocks and except handlers
def worker(name):
    try:
        print(f"  {name} start")
        yield 1
        yield 2
    finally:
        print(f"  {name} cleanup")

g = worker("a")
print(next(g))
print(g.close())
print(list(g))

never_started = worker("b")
never_started.close()
print("closing an unstarted generator runs nothing")

finished = worker("c")
print(list(finished))
finished.close()
print("closing a finished generator is a no-op")

def catches_exit():
    try:
        yield "x"
    except GeneratorExit as e:
        print("  saw", type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
        raise

h = catches_exit()
next(h)
h.close()

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return value"

r = returns_on_exit()
next(r)
print(r.close())

def converts_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised during close")

c = converts_exit()
next(c)
try:
    c.close()
except ValueError as e:
    print(type(e).__name__, e)
