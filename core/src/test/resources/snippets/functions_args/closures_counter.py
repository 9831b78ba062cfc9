# closures keep independent state
def make(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
a, b = make(0), make(100)
print(a(), a(5), b(), a.__closure__[0].cell_contents, b.__code__.co_freevars)
