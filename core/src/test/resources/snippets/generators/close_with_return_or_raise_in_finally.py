# close(): return in finally swallows GeneratorExit; a new exception in finally escapes
def returns_in_finally():
    try:
        yield 1
    finally:
        return "finally return"

g = returns_in_finally()
next(g)
print("close result:", g.close(), g.gi_frame)

g2 = returns_in_finally()
print(list(g2))

def raises_in_finally():
    try:
        yield 1
    finally:
        raise KeyError("cleanup failed")

h = raises_in_finally()
next(h)
try:
    h.close()
except KeyError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__)

def raises_stop_in_finally():
    try:
        yield 1
    finally:
        raise StopIteration("odd")

s = raises_stop_in_finally()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def except_then_finally():
    try:
        yield "a"
    except GeneratorExit:
        print("  except GeneratorExit")
        raise
    finally:
        print("  finally")

e = except_then_finally()
next(e)
e.close()
e.close()
print("done")
