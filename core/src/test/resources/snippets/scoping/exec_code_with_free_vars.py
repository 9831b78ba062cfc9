# exec()/eval() refuse a closure's code object: it has free variables and no cells
def f(x):
    return lambda: x + 1
g = f(3)
for fn in (eval, exec):
    try:
        fn(g.__code__, {})
    except TypeError as e:
        print(type(e).__name__, e)
def h():
    return 7
print(eval(h.__code__), exec(compile('y = 2', 's', 'exec'), {}))
