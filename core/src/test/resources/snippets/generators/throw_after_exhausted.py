# throw() into a finished or unstarted generator raises the exception directly
def g():
    print("body started")
    yield 1
fresh = g()
try:
    fresh.throw(IndexError("at start"))
except IndexError as e:
    print("unstarted:", e)
print(list(fresh))
done = g()
print(list(done))
try:
    done.throw(LookupError("after end"))
except LookupError as e:
    print("finished:", e)
def catches():
    try:
        yield "a"
    except ZeroDivisionError:
        return "handled and returned"
c = catches()
next(c)
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print("throw ended generator:", e.value)
