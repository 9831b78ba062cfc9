# yield from delegates and returns the subgenerator's value
def sub():
    yield 1
    yield 2
    return "sub done"
def outer():
    r = yield from sub()
    yield r
    yield from [10, 20]
print(list(outer()))
