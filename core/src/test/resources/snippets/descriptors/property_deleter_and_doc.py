# property docs and deleters
class C:
    def __init__(self):
        self._x = 1
    def getx(self):
        "the x property"
        return self._x
    def delx(self):
        del self._x
    x = property(getx, None, delx)
print(C.x.__doc__, C().x)
c = C()
del c.x
print(hasattr(c, "_x"))
try:
    c.x = 5
except AttributeError as e:
    print(e)
