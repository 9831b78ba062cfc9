# class keyword arguments reach __prepare__, metaclass __new__ and __init_subclass__
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": kw.get("tag", "none")}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class Base(metaclass=Meta):
    def __init_subclass__(cls, /, tag=None):
        print("init_subclass", cls.__name__, tag)
class Child(Base, tag="t1"):
    pass
print(Child.injected)
try:
    class Broken(Base, tag="t2", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoHook(object, unexpected=True):
        pass
except TypeError as e:
    print("TypeError:", e)
