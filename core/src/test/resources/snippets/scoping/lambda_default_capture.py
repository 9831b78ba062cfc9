# default values capture at definition time
x = 1
f = lambda y=x: y
x = 2
print(f(), (lambda: x)())
def make():
    return [lambda i=i: i * 10 for i in range(3)]
print([g() for g in make()])
