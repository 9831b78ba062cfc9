# a __prepare__ namespace can forbid redefining a name in the class body
class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupes()
class Good(metaclass=Strict):
    def a(self):
        return "a"
    def b(self):
        return "b"
print(Good().a(), Good().b())
try:
    class Bad(metaclass=Strict):
        def a(self):
            return 1
        print("first a defined")
        def a(self):
            return 2
except TypeError as e:
    print("TypeError:", e)
print("Bad" in globals())
