# __init__ runs only when __new__ returns an instance of the class
class Token:
    def __new__(cls, value):
        print("new", cls.__name__, value)
        if value is None:
            return "sentinel string"
        if value == "int":
            return 42
        return super().__new__(cls)
    def __init__(self, value):
        print("init", value)
        self.value = value
class Sub(Token):
    pass
t = Token("a")
print(t.value)
print(Token(None))
print(Token("int"))
s = Sub("b")
print(type(s).__name__, s.value)
class Reuse:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        print("init called again for", key)
print(Reuse("k") is Reuse("k"))
