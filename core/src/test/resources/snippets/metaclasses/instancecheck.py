# __instancecheck__ and __subclasscheck__ on a metaclass
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck):
    pass
class Bird:
    def quack(self):
        return "quack"
print(isinstance(Bird(), Quacker), isinstance(3, Quacker), issubclass(Bird, Quacker))
