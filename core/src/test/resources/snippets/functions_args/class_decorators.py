# Decorators applied to classes: registration, adding methods, replacing the class
registry = []

def register(cls):
    registry.append(cls.__name__)
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def with_defaults(**defaults):
    def deco(cls):
        for k, v in defaults.items():
            setattr(cls, k, v)
        return cls
    return deco

@register
@add_repr
@with_defaults(colour="blue", size=3)
class Item:
    def __init__(self, name):
        self.name = name

it = Item("pen")
print(it, it.colour, it.size, registry)

def singleton(cls):
    instance = cls()
    return lambda: instance

@singleton
class Config:
    def __init__(self):
        self.loaded = True

print(Config() is Config(), Config().loaded, type(Config).__name__)

def replace(cls):
    return "replaced by a string"

@replace
class Gone:
    pass

print(Gone)

@register
class Second(Item):
    pass

print(Second("x"), registry)
print(Item.__repr__.__qualname__)
