# closing a generator that is not started, or finished
def g():
    yield 1
x = g()
x.close()
print(list(x))
y = g()
print(list(y))
y.close()
print("ok")
