# data descriptor > instance dict > non-data descriptor > class attribute
class Data:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class NonData:
    def __get__(self, obj, owner):
        return "non-data descriptor"
class Thing:
    d = Data()
    n = NonData()
    plain = "class attribute"
t = Thing()
t.__dict__.update(d="inst d", n="inst n", plain="inst plain")
print(t.d)
print(t.n)
print(t.plain)
t.d = "assigned"
t.n = "assigned n"
print(t.d, t.n, t.__dict__["d"])
print(Thing.d, Thing.n)
del t.n
print(t.n)
