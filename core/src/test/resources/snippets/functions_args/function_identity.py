# functions are objects with identity and equality
def f():
    pass
g = f
print(f is g, f == g, f.__name__, g.__name__, callable(f), type(f).__name__)
h = lambda: None
print(h.__name__, (lambda: 1).__qualname__)
