# function attributes
def f(a, b=1):
    "doc here"
    return a + b
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__)
f.custom = 5
print(f.custom, f.__code__.co_argcount, f.__code__.co_varnames)
sq = lambda x: x * x
print(sq.__name__, sq(7))
class K:
    def m(self):
        def inner():
            pass
        return inner
print(K.m.__qualname__, K().m().__qualname__)
