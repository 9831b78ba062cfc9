# Class statement forms: starred bases, explicit metaclass=type, and keyword errors
class A:
    who = "A"

class B:
    who = "B"

bases = (B, A)
class Star(*bases):
    pass

print([k.__name__ for k in Star.__mro__], Star.who)

class Explicit(A, metaclass=type):
    pass

print(type(Explicit).__name__, Explicit.who)

kw = {}
class FromEmptyKwargs(A, **kw):
    pass

print(FromEmptyKwargs.__bases__[0].__name__)

try:
    class Bad(A, flavour="vanilla"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class FromInstance(A()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

def pick_base(flag):
    return A if flag else B

class Chosen(pick_base(False)):
    pass

print(Chosen.who, Chosen.__bases__[0].__name__)

class Empty():
    pass

print(Empty.__bases__)
