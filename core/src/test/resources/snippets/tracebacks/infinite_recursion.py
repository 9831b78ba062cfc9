# def f(): f() then f(): RecursionError with a folded CPython-style traceback
def f():
    f()
f()
