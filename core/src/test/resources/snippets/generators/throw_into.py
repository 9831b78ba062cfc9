# throw() raises inside the generator at the paused yield
def g():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
it = g()
print(next(it))
print(it.throw(ValueError("bad")))
print(next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
