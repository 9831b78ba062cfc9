# an exception in finally replaces one in flight; return in finally swallows it
def f():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f())
def g():
    try:
        try:
            raise ValueError("first")
        finally:
            raise KeyError("second")
    except Exception as e:
        return repr(e), repr(e.__context__)
print(g())
