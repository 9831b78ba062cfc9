# nonlocal reaches the nearest enclosing function binding
def a():
    x = "a"
    def b():
        def c():
            nonlocal x
            x = x + "c"
            return x
        return c()
    r = b()
    return r, x
print(a())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
