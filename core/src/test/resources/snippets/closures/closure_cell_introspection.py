# __closure__, cell_contents, co_freevars and the empty-cell ValueError
def outer():
    a = 1
    b = "two"
    unused = 3
    def inner():
        return a, b
    return inner

f = outer()
print(f.__code__.co_freevars)
print(len(f.__closure__), [c.cell_contents for c in f.__closure__])
print(type(f.__closure__).__name__, type(f.__closure__[0]).__name__)

def no_free():
    return 1

print(no_free.__closure__)

def empty_cell():
    def inner():
        return later
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = "filled"
    print(cell.cell_contents)
    return inner

g = empty_cell()
print(g())

def writable():
    x = 1
    def get():
        return x
    return get

h = writable()
h.__closure__[0].cell_contents = 42
print(h())

def outer_var_cell():
    v = 5
    def reader():
        return v
    return outer_var_cell.__code__.co_cellvars, reader.__code__.co_freevars

print(outer_var_cell())
