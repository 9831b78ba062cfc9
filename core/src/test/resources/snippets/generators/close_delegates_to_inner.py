# close() on a delegating generator closes the subgenerator too
def inner(name):
    try:
        yield name + "-a"
        yield name + "-b"
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally")
def outer():
    try:
        yield from inner("sub")
    finally:
        print("outer finally")
g = outer()
print(next(g))
g.close()
print("closed")
g.close()
print("second close is a no-op")
try:
    next(g)
except StopIteration:
    print("exhausted after close")
