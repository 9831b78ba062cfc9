# name mangling applies to attribute access inside the class only
class A:
    def __init__(self):
        self.__v = 1
    def get(self):
        return self.__v
a = A()
print(a.get(), a._A__v, sorted(vars(a)))
try:
    a.__v
except AttributeError as e:
    print(e)
