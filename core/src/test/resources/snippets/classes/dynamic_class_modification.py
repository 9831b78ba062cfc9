# Classes are mutable: adding, replacing and deleting methods affects existing instances
class Robot:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return f"{self.name}: hello"

r = Robot("r2")
print(r.hello())

def hello_v2(self):
    return f"{self.name}: greetings"

Robot.hello = hello_v2
print(r.hello())

Robot.wave = lambda self, times=1: f"{self.name} waves x{times}"
print(r.wave(), r.wave(3))

del Robot.wave
try:
    r.wave()
except AttributeError as e:
    print(type(e).__name__, e)

Robot.__repr__ = lambda self: f"Robot({self.name!r})"
print(r, [r])

Robot.__len__ = lambda self: len(self.name)
print(len(r))
del Robot.__len__
try:
    len(r)
except TypeError as e:
    print(type(e).__name__, e)

class Sub(Robot):
    pass

s = Sub("sub")
Robot.extra = classmethod(lambda cls: cls.__name__)
print(s.extra(), Sub.extra(), Robot.extra())

class Other:
    def hello(self):
        return f"{self.name}: hello from Other"

Sub.__bases__ = (Other,)
print([k.__name__ for k in Sub.__mro__], s.hello())
try:
    s.extra()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.new_method = lambda self: 1
except TypeError as e:
    print(type(e).__name__, e)
