# __call__, __bool__, __index__
class Fn:
    def __call__(self, x):
        return x + 1
class Falsy:
    def __bool__(self):
        return False
class Idx:
    def __index__(self):
        return 2
print(Fn()(1), bool(Falsy()), "yes" if Falsy() else "no", [10, 20, 30][Idx()], bin(Idx()))
