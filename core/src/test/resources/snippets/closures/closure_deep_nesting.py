# Free variables resolved through five nested function levels
def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                def l5(e):
                    return a + b + c + d + e
                return l5
            return l4
        return l3
    return l2

print(l1(1)(10)(100)(1000)(10000))
print(l1("a")("b")("c")("d")("e"))

def passthrough():
    x = "deep"
    def m1():
        def m2():
            def m3():
                return x
            return m3
        return m2
    return m1, m1.__code__.co_freevars, m1()().__code__.co_freevars

m1, fv1, fv3 = passthrough()
print(m1()()(), fv1, fv3)

def shadow_levels():
    v = 1
    def a():
        v = 2
        def b():
            def c():
                return v
            return c()
        return b()
    return a(), v

print(shadow_levels())

def nonlocal_middle():
    v = 0
    def a():
        def b():
            nonlocal v
            v += 7
        b(); b()
        return v
    return a(), v

print(nonlocal_middle())
