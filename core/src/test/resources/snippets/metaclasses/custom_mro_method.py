# A metaclass can override mro(); the result becomes __mro__ and drives lookup
class ReversedBases(type):
    def mro(cls):
        default = super().mro()
        print(f"  mro() called for {cls.__name__}")
        head, *middle, tail = default
        return [head, *reversed(middle), tail] if middle else default

class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

class Normal(A, B):
    pass

class Flipped(A, B, metaclass=ReversedBases):
    pass

print([k.__name__ for k in Normal.__mro__], Normal().who())
print([k.__name__ for k in Flipped.__mro__], Flipped().who())

class Extra(type):
    def mro(cls):
        return [cls, Mixin, *super().mro()[1:]]

class Mixin:
    def extra(self):
        return f"extra for {type(self).__name__}"

class Target(metaclass=Extra):
    pass

print([k.__name__ for k in Target.__mro__], Target().extra())
print(isinstance(Target(), Mixin), issubclass(Target, Mixin))

class BadMro(type):
    def mro(cls):
        return [cls, 42]

try:
    class Broken(metaclass=BadMro):
        pass
except TypeError as e:
    print(type(e).__name__, e)
