# global declarations in functions and nested functions
g = 10
def f():
    global g
    g += 5
    def h():
        return g * 2
    return h()
print(f(), g)
def k():
    global newname
    newname = "made"
k()
print(newname)
