# type(name, bases, dict) creates classes
def hello(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (object,), {"hello": hello, "x": 5})
d = Dyn()
print(d.hello(), Dyn.x, Dyn.__name__, Dyn.__bases__)
print(type(3), type("s"), type(Dyn))
