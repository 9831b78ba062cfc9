# LEGB: local, enclosing, global, builtin
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    def inner_local():
        x = "local"
        return x
    return inner(), inner_local()
print(outer(), x)
def uses_builtin():
    return abs(-3)
print(uses_builtin())
