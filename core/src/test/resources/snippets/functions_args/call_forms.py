# many ways to call the same function
def f(a, b, c=3):
    return a + b + c
args = (1, 2)
kwargs = {"c": 10}
print(f(1, 2), f(1, b=2), f(*args), f(*args, **kwargs), f(**{"a": 1, "b": 1}), f(1, *[2], c=0))
