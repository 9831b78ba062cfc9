# throw(): raising inside the generator at the paused yield, handled or propagated
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  handled inside:", e)
            n = -1
        n += 1

g = resilient()
print(next(g), next(g))
print(g.throw(ValueError("reset")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", type(e).__name__, e)
try:
    next(g)
except StopIteration:
    print("generator is finished after unhandled throw")

def fresh():
    print("  body never starts")
    yield 1

f = fresh()
try:
    f.throw(RuntimeError("into fresh generator"))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(f))

def forms():
    while True:
        try:
            yield
        except Exception as e:
            print("  got", type(e).__name__, e.args)

fg = forms()
next(fg)
fg.throw(IndexError)
fg.throw(IndexError("with message"))
fg.throw(TypeError, "type and value")
fg.throw(TypeError, ("tuple", "args"))

def done():
    yield 1
d = done()
list(d)
try:
    d.throw(OSError("after exhaustion"))
except OSError as e:
    print("finished generator re-raises:", e)
