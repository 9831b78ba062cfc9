# a metaclass can see and change the class namespace
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)
class Thing(metaclass=Meta):
    def __init__(self, v):
        self.v = v
t = Thing(3)
print(t.tag, t.v, type(Thing).__name__)
