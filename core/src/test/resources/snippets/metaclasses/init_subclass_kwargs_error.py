# unknown class keywords reach object.__init_subclass__
class Base:
    pass
try:
    class C(Base, flavor="x"):
        pass
except TypeError as e:
    print(e)
