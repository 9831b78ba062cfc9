# A suspended generator's frame has no caller: f_back is None however it was resumed.
def g():
    yield 1
    yield 2
x = g()
next(x)
print(x.gi_frame.f_back)
x.send(None)
print(x.gi_frame.f_back)
for v in g():
    pass
def outer():
    yield from g()
y = outer()
next(y)
print(y.gi_frame.f_back, y.gi_yieldfrom.gi_frame.f_back)
