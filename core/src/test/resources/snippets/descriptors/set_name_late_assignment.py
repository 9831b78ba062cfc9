# __set_name__ runs only during class creation, once per name binding
class Named:
    def __init__(self):
        self.names = []
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.names.append(name)
shared = Named()
class A:
    first = shared
    second = shared
print(shared.names)
late = Named()
A.third = late
print("after late assignment", late.names)
B = type("B", (), {"dyn": Named(), "num": 3})
print(B.dyn.names)
class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, cls.field.names)
class C(Base):
    field = Named()
late.__set_name__(A, "manual")
print(late.names)
