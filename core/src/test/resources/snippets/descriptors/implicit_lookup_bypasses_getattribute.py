# implicit special method lookup skips the instance and __getattribute__
class Sized:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
s = Sized()
print(len(s))
print(s.__len__())
s.__len__ = lambda: 99
print(len(s), s.__len__())
class Weird:
    def __getattr__(self, name):
        return lambda *a: "dynamic " + name
w = Weird()
print(w.__len__())
try:
    len(w)
except TypeError as e:
    print("TypeError:", e)
Weird.__len__ = lambda self: 7
print(len(w))
