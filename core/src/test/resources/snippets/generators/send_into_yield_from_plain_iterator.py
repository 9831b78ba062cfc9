# send() through yield from a list iterator fails with AttributeError
def g():
    yield from [1, 2, 3]
it = g()
print(next(it))
try:
    it.send(5)
except AttributeError as e:
    print(type(e).__name__, e)
