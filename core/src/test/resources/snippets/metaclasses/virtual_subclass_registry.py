# An ABCMeta-like register(): virtual subclasses via __subclasscheck__/__instancecheck__
class RegistryMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._virtual = []
        return cls
    def register(cls, sub):
        cls._virtual.append(sub)
        return sub
    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        return any(issubclass(sub, v) for v in cls._virtual)
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

class Serializer(metaclass=RegistryMeta):
    def dump(self):
        return "real subclass dump"

class JsonLike(Serializer):
    pass

@Serializer.register
class External:
    def dump(self):
        return "external dump"

class ExternalChild(External):
    pass

Serializer.register(int)

for cls in (JsonLike, External, ExternalChild, int, bool, str):
    print(f"{cls.__name__:>13}: issubclass={issubclass(cls, Serializer)}")
print(isinstance(External(), Serializer), isinstance(True, Serializer), isinstance("x", Serializer))
print([k.__name__ for k in External.__mro__], "dump" in vars(Serializer))
print([c.__name__ for c in Serializer._virtual], JsonLike._virtual)
