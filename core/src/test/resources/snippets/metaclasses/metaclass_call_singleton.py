# overriding __call__ on the metaclass controls what Cls(...) returns
class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance
class Config(Singleton("Base", (), {})):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
class Other(Config):
    pass
o = Other(3)
print(o is a, o.value, type(o).__name__, type(Other).__name__)
class Counting(type):
    def __call__(cls, *args):
        return ("not an instance", cls.__name__, args)
class Fake(metaclass=Counting):
    pass
print(Fake(1, 2))
