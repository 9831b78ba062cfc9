# __delattr__ and __delete__
class Guard:
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
g = Guard()
g.x = 1
del g.x
try:
    del g.x
except AttributeError as e:
    print("AttributeError", e)
class D:
    def __get__(self, o, t):
        return 1
    def __delete__(self, o):
        print("descriptor delete")
class H:
    a = D()
del H().a
