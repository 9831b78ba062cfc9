# StopIteration raised inside a generator becomes RuntimeError
def g():
    yield 1
    raise StopIteration("early")
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
