# global inside a nested function bypasses enclosing function locals
value = "module"

def outer():
    value = "outer"
    def set_global():
        global value
        value = "set by inner global"
    def set_nonlocal():
        nonlocal value
        value = "set by inner nonlocal"
    set_global()
    after_global = value
    set_nonlocal()
    return after_global, value

print(outer())
print(value)

def outer2():
    value = "outer2"
    def inner():
        global value
        def innermost():
            # free variable: global decl in inner does not create a cell,
            # so this resolves to the global
            return value
        return innermost()
    return inner()

print(outer2())

def outer3():
    def inner():
        return value
    value = "late binding in outer3"
    return inner()

print(outer3())
