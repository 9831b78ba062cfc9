# positional count errors mention keyword-only arguments
def f(a, *, b):
    pass
for call in [lambda: f(1, 2), lambda: f(1, 2, b=3), lambda: f(b=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(a, b=1):
    pass
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
