# generators with try/finally and early return
def g():
    try:
        yield 1
        return
    finally:
        print("finally")
print(list(g()))
def h(n):
    for i in range(n):
        if i == 2:
            return
        yield i
print(list(h(10)))
