# Instance attributes shadow methods (non-data descriptors); deleting reveals the method
class Greeter:
    def greet(self):
        return "method greet"
    def __len__(self):
        return 3

g = Greeter()
print(g.greet())
g.greet = lambda: "instance attribute greet"
print(g.greet(), Greeter.greet(g))
print("greet" in vars(g), type(vars(g)["greet"]).__name__)
del g.greet
print(g.greet())

g.__len__ = lambda: 99
print(len(g), g.__len__())

class Config:
    timeout = 30
    def reload(self):
        return "reloaded"

c = Config()
c.reload = "not callable any more"
try:
    c.reload()
except TypeError as e:
    print(type(e).__name__, e)
print(Config.reload(c))

class Data:
    def items(self):
        return ["from method"]

d = Data()
d.__dict__["items"] = lambda: ["from dict"]
print(d.items())
setattr(d, "items", None)
print(d.items, Data().items())
