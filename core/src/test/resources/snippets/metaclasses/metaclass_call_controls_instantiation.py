# Overriding the metaclass __call__: singletons, instance caches, and bypassing __init__
class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_instance" not in cls.__dict__:
            print(f"  creating the only {cls.__name__}")
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance

class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print(f"  Config.__init__({value})")
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value)

class SubConfig(Config):
    pass

c = SubConfig(3)
print(c is a, c.value, type(c).__name__)

class Cached(type):
    def __call__(cls, key):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = cls._cache = {}
        if key not in cache:
            cache[key] = super().__call__(key)
        return cache[key]

class Symbol(metaclass=Cached):
    def __init__(self, key):
        self.key = key

print(Symbol("x") is Symbol("x"), Symbol("x") is Symbol("y"), sorted(Symbol._cache))

class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj

class Raw(metaclass=NoInit):
    def __init__(self, *args):
        print("  never printed")

r = Raw(1, 2)
print(r.args, type(r).__name__)
print(type.__call__(Config) is a)
