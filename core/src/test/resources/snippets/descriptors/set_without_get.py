# a descriptor with __set__ but no __get__: reads fall back to the instance dict or the descriptor
class WriteOnly:
    def __set_name__(self, owner, name):
        self.name = name
    def __set__(self, obj, value):
        print("storing", self.name, value)
        obj.__dict__[self.name] = value * 2
class Form:
    field = WriteOnly()
f = Form()
print(type(f.field).__name__)
f.field = 5
print(f.field)
f.__dict__["field"] = "direct"
print(f.field)
try:
    del f.field
except AttributeError as e:
    print("AttributeError:", e)
print(f.field)
class GetOnly:
    def __get__(self, obj, owner):
        return "from get"
class Other:
    g = GetOnly()
o = Other()
o.g = "instance wins"
print(o.g, Other.g)
