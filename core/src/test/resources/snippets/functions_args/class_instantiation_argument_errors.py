# Argument errors when calling classes: object.__init__/__new__ and custom signatures
def attempt(fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
        print("ok", type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)

class Empty:
    pass

attempt(Empty)
attempt(Empty, 1)
attempt(Empty, x=1)

class OnlyInit:
    def __init__(self, a):
        self.a = a

attempt(OnlyInit, 1)
attempt(OnlyInit)
attempt(OnlyInit, 1, 2)

class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)

attempt(OnlyNew, 1)
attempt(OnlyNew, 1, 2)

class NewPassesArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)

attempt(NewPassesArgs)
attempt(NewPassesArgs, 5)

class InitPassesArgs:
    def __init__(self, *args):
        super().__init__(*args)

attempt(InitPassesArgs)
attempt(InitPassesArgs, 5)

class Both:
    def __new__(cls, *a, **k):
        print("  __new__", a, sorted(k))
        return super().__new__(cls)
    def __init__(self, x, *, y):
        print("  __init__", x, y)

attempt(Both, 1, y=2)
attempt(Both, 1)
