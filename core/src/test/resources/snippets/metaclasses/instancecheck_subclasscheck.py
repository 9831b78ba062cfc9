# __instancecheck__/__subclasscheck__ on a metaclass customise isinstance/issubclass
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print(f"  __instancecheck__({cls.__name__}, {type(obj).__name__})")
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        print(f"  __subclasscheck__({cls.__name__}, {sub.__name__})")
        return all(hasattr(sub, m) for m in cls.required)

class Sized(metaclass=DuckMeta):
    required = ("__len__",)

class Quacker(metaclass=DuckMeta):
    required = ("quack",)

class Duck:
    def quack(self):
        return "quack"

print(isinstance([], Sized), isinstance(5, Sized))
print(isinstance(Duck(), Quacker), issubclass(Duck, Quacker), issubclass(int, Quacker))
print(isinstance(Duck(), (int, Quacker)))

class RealSized(Sized):
    def __len__(self):
        return 0

print("exact type match skips the hook:")
print(isinstance(RealSized(), RealSized))
print(isinstance(RealSized(), Sized))

class Everything(type):
    def __instancecheck__(cls, obj):
        return True

class Any(metaclass=Everything):
    pass

print(isinstance(None, Any), isinstance("x", Any))

class Truthy(type):
    def __instancecheck__(cls, obj):
        return "non-empty string counts as true"

class T(metaclass=Truthy):
    pass

print(isinstance(1, T))
try:
    issubclass(5, Duck)
except TypeError as e:
    print(type(e).__name__, e)
