# close() raises GeneratorExit at the yield and runs finally
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g()
print(next(it))
it.close()
print("closed")
def h():
    try:
        yield 1
    except GeneratorExit:
        print("got exit")
        raise
x = h()
next(x)
x.close()
