# Class keywords reach __prepare__, __new__, __init__ and (via type.__new__) __init_subclass__
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print(f"  __prepare__ {name} {kw}")
        return {}
    def __new__(mcs, name, bases, ns, **kw):
        print(f"  __new__ {name} {kw}")
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print(f"  __init__ {name} {kw}")
        super().__init__(name, bases, ns, **kw)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print(f"  __init_subclass__ {cls.__name__} {kw}")
        cls.options = kw

class Child(Base, color="red", size=3):
    pass

print(Child.options)

class Swallowing(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Quiet(metaclass=Swallowing, ignored=True):
    pass

print(type(Quiet).__name__)

class NoInitOverride(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

try:
    class Loud(metaclass=NoInitOverride, flag=1):
        pass
    print("type.__init__ accepted the keyword")
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("T", (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
