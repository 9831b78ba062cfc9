# GeneratorExit is a BaseException, not an Exception
def g():
    try:
        yield 1
    except Exception:
        print("not reached")
    finally:
        print("finally runs")
x = g()
next(x)
x.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
