# Uncaught TypeError for an inconsistent MRO built with type() at runtime
class Base:
    pass

class Left(Base):
    pass

class Right(Base):
    pass

def combine(*bases):
    name = "".join(b.__name__ for b in bases)
    cls = type(name, bases, {})
    print(name, "->", [k.__name__ for k in cls.__mro__])
    return cls

combine(Left, Right)
combine(Right, Left)
LR = combine(Left, Right)
print("now combining Base before Left")
combine(Base, Left)
