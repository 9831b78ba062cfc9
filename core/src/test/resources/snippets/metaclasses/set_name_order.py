# __set_name__ runs after the class object exists
class Field:
    def __set_name__(self, owner, name):
        print("set", name, "on", owner.__name__, hasattr(owner, name))
class Model:
    first = Field()
    second = Field()
    print("body done")
print("class created")
