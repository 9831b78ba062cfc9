# __name__, __qualname__ and __module__ for nested classes and functions
class Outer:
    class Inner:
        class Deepest:
            def method(self):
                pass
        def method(self):
            def local():
                class LocalClass:
                    pass
                return LocalClass
            return local()

print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.method.__qualname__)
Local = Outer.Inner().method()
print(Local.__name__, Local.__qualname__)
print(repr(Outer.Inner), repr(Local))

def factory():
    class Made:
        pass
    return Made

print(factory().__qualname__, factory() is factory())

Outer.Inner.__qualname__ = "Custom.Path"
print(repr(Outer.Inner), Outer.Inner.__name__)
Outer.__name__ = "Renamed"
print(repr(Outer), Outer.__qualname__)
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)

class WithModule:
    __module__ = "pretend.module"

print(repr(WithModule), WithModule.__module__)
print(type(WithModule()).__module__, int.__module__, int.__qualname__)
print(vars(WithModule)["__module__"], "__qualname__" in vars(WithModule))
