# Assigning obj.__class__ switches behaviour; incompatible targets raise TypeError
class Idle:
    state = "idle"
    def step(self):
        self.__class__ = Running
        return "starting"

class Running:
    state = "running"
    def step(self):
        self.__class__ = Idle
        return "stopping"

m = Idle()
for _ in range(3):
    print(m.state, "->", m.step(), "->", type(m).__name__)

class WithSlots:
    __slots__ = ("a",)

class OtherSlots:
    __slots__ = ("b",)

w = WithSlots()
try:
    w.__class__ = OtherSlots
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.__class__ = "Idle"
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)

class SameLayoutA:
    pass

class SameLayoutB:
    def hello(self):
        return f"now a B, data={self.data}"

obj = SameLayoutA()
obj.data = [1, 2]
obj.__class__ = SameLayoutB
print(obj.hello(), isinstance(obj, SameLayoutA), type(obj) is obj.__class__)
