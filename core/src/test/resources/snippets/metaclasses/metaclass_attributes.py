# attributes defined on the metaclass are visible on classes, not instances
class Meta(type):
    registry = []
    def describe(cls):
        return "class " + cls.__name__
class A(metaclass=Meta):
    pass
print(A.describe(), A.registry, hasattr(A(), "describe"), type(A) is Meta, isinstance(A, type))
