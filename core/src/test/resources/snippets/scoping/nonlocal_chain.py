# nonlocal through several levels of nesting resolves to the nearest enclosing binding
def outer():
    a = "outer-a"
    b = "outer-b"
    def middle():
        a = "middle-a"
        def inner():
            nonlocal a, b
            a = a + "+inner"
            b = b + "+inner"
            return a, b
        r = inner()
        return r, a
    r = middle()
    return r, a, b

print(outer())

def counter_factory():
    count = 0
    def level1():
        def level2():
            def level3():
                nonlocal count
                count += 1
                return count
            return level3
        return level2
    f = level1()()
    f(); f(); f()
    return count

print(counter_factory())

def nonlocal_skips_class():
    v = 1
    class K:
        v = 100
        def meth(self):
            nonlocal v
            v += 1
            return v
    k = K()
    return k.meth(), k.meth(), K.v, v

print(nonlocal_skips_class())
