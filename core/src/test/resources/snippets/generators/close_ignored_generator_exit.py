# Yielding after catching GeneratorExit makes close() raise RuntimeError
def stubborn():
    while True:
        try:
            yield "working"
        except GeneratorExit:
            print("  refusing to stop")

s = stubborn()
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print("still suspended:", s.gi_suspended)
try:
    s.throw(ValueError("really stop"))
except ValueError as e:
    print("finished by throw:", e, s.gi_frame)

def polite():
    try:
        yield "working"
    except GeneratorExit:
        print("  stopping politely")

p = polite()
next(p)
p.close()
print("polite closed, frame:", p.gi_frame)

def swallow_with_finally_yield():
    try:
        yield 1
    finally:
        yield "finally value"

f = swallow_with_finally_yield()
next(f)
try:
    f.close()
except RuntimeError as e:
    print("finally-yield:", type(e).__name__, e)
try:
    next(f)
except GeneratorExit:
    print("resuming re-raises the pending GeneratorExit", f.gi_frame)

def stubborn_once():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield "one more"

print("closing a generator that yields again, uncaught:")
so = stubborn_once()
next(so)
so.close()
