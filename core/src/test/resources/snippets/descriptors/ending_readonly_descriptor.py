# a data descriptor whose __set__ refuses writes; the last write is not caught
class ReadOnly:
    def __init__(self, value):
        self.value = value
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return self.value
    def __set__(self, obj, value):
        raise AttributeError(f"{self.name} is read-only (tried {value!r})")
class Const:
    pi = ReadOnly(3.14)
    e = ReadOnly(2.72)
c = Const()
print(c.pi, c.e)
try:
    c.pi = 3
except AttributeError as err:
    print("AttributeError:", err)
c.__dict__["pi"] = "shadow"
print(c.pi, c.__dict__)
Const.pi = "class rebind works"
print(c.pi)
c.e = 1
