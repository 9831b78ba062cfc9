# __set_name__ is called at class creation
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
class Model:
    a = Field()
    b = Field()
m = Model()
m.__dict__["a"] = 1
print(m.a, m.b, Model.a.name)
