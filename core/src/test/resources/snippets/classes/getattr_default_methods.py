# methods looked up on the class, bound to the instance
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c = C(4)
m = c.get
print(m(), C.get(c), m.__func__ is C.get, m.__self__ is c)
c.get = lambda: "instance attribute"
print(c.get(), C.get(c))
