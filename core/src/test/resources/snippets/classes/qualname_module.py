# __qualname__ and __module__ of nested classes
class Outer:
    class Inner:
        def m(self):
            pass
    def f(self):
        class Local:
            pass
        return Local
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(Outer().f().__qualname__, Outer.__module__)
