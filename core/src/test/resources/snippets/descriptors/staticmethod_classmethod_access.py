# how functions, staticmethods and classmethods bind
class C:
    def f(self):
        return "f"
    @staticmethod
    def s():
        return "s"
    @classmethod
    def c(cls):
        return cls.__name__
o = C()
print(type(C.f).__name__, type(o.f).__name__, type(C.s).__name__, type(o.c).__name__)
print(C.f(o), o.s(), C.c(), o.c(), o.f.__self__ is o, o.c.__self__ is C)
