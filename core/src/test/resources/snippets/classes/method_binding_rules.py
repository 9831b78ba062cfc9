# functions bind as methods only when found on the class, not on the instance
class Greeter:
    name = "cls"
    def hi(self):
        return "hi from " + self.name
def free(self):
    return "free with " + self.name
g = Greeter()
g.name = "inst"
Greeter.free = free
print(g.free())
g.local = free
try:
    g.local()
except TypeError as e:
    print("TypeError:", e)
print(g.local(g))
m1 = g.hi
m2 = g.hi
print(m1 == m2, m1.__self__ is g, m1.__func__ is Greeter.hi)
print(Greeter.hi(g), Greeter.hi.__qualname__)
h = Greeter()
print(g.hi == h.hi)
bound = g.hi
g.name = "changed"
print(bound())
