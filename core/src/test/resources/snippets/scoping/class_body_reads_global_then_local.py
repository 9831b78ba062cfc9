# In a class body a name read before assignment falls back to globals (unlike functions)
x = "global"

class A:
    first = x
    x = "class"
    second = x

print(A.first, A.second, x)

def f():
    y = "enclosing"
    class B:
        a = y
        y = "class-local"
        b = y
    return B.a, B.b, y

# y is local to B (assigned there), so the first read skips the enclosing
# function and looks in globals, where there is no y
try:
    print(f())
except NameError as e:
    print(type(e).__name__, e)
y = "global-y"
print(f())

def g():
    z = "enclosing"
    class C:
        # z is free here: reads the enclosing function binding
        seen = z
    return C.seen

print(g())

def h():
    w = "enclosing"
    class D:
        w = "class"
        def m(self):
            return w
    return D().m(), D.w

print(h())

class E:
    len = len
    n = len("abcd")
    del len
    try:
        m = len("xy")
    except NameError as e:
        m = str(e)

print(E.n, E.m)
