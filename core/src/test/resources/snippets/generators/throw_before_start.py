# throw into a generator that has not started
def g():
    try:
        yield 1
    except ValueError:
        yield "caught"
x = g()
try:
    x.throw(ValueError("early"))
except ValueError as e:
    print("not caught inside:", e)
print(next(x, "exhausted"))
