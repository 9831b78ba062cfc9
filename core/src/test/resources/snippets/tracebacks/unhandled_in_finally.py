# an exception raised in finally replaces the original
def f():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
f()
