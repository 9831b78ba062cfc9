# __prepare__ can return a dict subclass that observes every class-body assignment
class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases])
        return LoggingDict()
    def __new__(mcls, name, bases, ns, **kw):
        print("new got", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class Model(metaclass=Meta):
    x = 1
    y = x + 1
    def method(self):
        return self.y
    x = 10
print(Model.x, Model.y, Model().method())
print(type(Model.__dict__).__name__)
