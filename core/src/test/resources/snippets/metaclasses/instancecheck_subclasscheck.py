# metaclass __instancecheck__/__subclasscheck__ customize isinstance and issubclass
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta):
    def quack(self):
        return "quack"
class Robot:
    def quack(self):
        return "beep"
print(isinstance(Robot(), Duck))
print(isinstance(3, Duck))
print(isinstance(Duck(), Duck))
print(issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Robot(), (int, Duck)))
class Weird(metaclass=DuckMeta):
    pass
print(isinstance(Weird(), Weird))
print(issubclass(Weird, Weird))
