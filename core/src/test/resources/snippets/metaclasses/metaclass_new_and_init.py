# Metaclass __new__ and __init__: arguments, order, class keywords, and the returned class
class Meta(type):
    def __new__(mcs, name, bases, namespace, **kwargs):
        print(f"  Meta.__new__({mcs.__name__}, {name!r}, {[b.__name__ for b in bases]}, kwargs={kwargs})")
        namespace["added_by_meta"] = name.lower()
        cls = super().__new__(mcs, name, bases, namespace)
        cls.tag = kwargs.get("tag", "none")
        return cls
    def __init__(cls, name, bases, namespace, **kwargs):
        print(f"  Meta.__init__({name!r}) namespace keys={sorted(k for k in namespace if not k.startswith('__'))}")
        super().__init__(name, bases, namespace)

print("defining Model")
class Model(metaclass=Meta):
    field = 1

print("defining User")
class User(Model, tag="people"):
    name = "x"

print(Model.added_by_meta, User.added_by_meta, Model.tag, User.tag)
print(type(Model).__name__, type(User).__name__, type(User()).__name__)

class Replacer(type):
    def __new__(mcs, name, bases, namespace):
        return f"not a class: {name}"

class Weird(metaclass=Replacer):
    pass

print(Weird, type(Weird).__name__)

def function_metaclass(name, bases, namespace):
    print(f"  function metaclass called for {name}")
    return type(name, bases, dict(namespace, made_by="function"))

class FromFunc(metaclass=function_metaclass):
    pass

print(FromFunc.made_by, type(FromFunc).__name__)

class Child(FromFunc):
    pass

print(type(Child).__name__, hasattr(Child, "made_by"))
