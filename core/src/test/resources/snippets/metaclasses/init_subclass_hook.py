# __init_subclass__: implicit classmethod, class keywords, registries and chaining
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        print(f"  registering {cls.__name__} as {key!r}")
        Plugin.registry[key] = cls

class Csv(Plugin):
    pass

class Json(Plugin, name="json-v2"):
    pass

class StrictJson(Json):
    pass

print(sorted(Plugin.registry))
print(Plugin.registry["json-v2"] is Json)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

class Tagged:
    def __init_subclass__(cls, tag="untagged", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag

class Both(Plugin, Tagged, name="both", tag="special"):
    pass

print(Both.tag, Plugin.registry["both"] is Both)

class Base:
    pass

try:
    class Child(Base, unexpected=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Counter:
    subclasses = 0
    def __init_subclass__(cls):
        Counter.subclasses += 1
        cls.index = Counter.subclasses

class A(Counter): pass
class B(Counter): pass
class C(A): pass
print(A.index, B.index, C.index, Counter.subclasses, hasattr(Counter, "index"))
