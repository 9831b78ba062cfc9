# a long, non-recursive chain of calls
def a(): return b()
def b(): return c()
def c(): return d()
def d(): return e()
def e(): return f()
def f(): return {}.missing_method()
a()
