# a metaclass __call__ can skip __init__
class NoInit(type):
    def __call__(cls, *a):
        obj = cls.__new__(cls)
        obj.args = a
        return obj
class C(metaclass=NoInit):
    def __init__(self, *a):
        print("never printed")
c = C(1, 2)
print(c.args, type(c).__name__)
