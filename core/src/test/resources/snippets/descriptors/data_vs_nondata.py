# data descriptors beat the instance dict; non-data ones lose to it
class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, value):
        print("set", value)
class NonData:
    def __get__(self, obj, owner):
        return "nondata"
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__["d"] = "inst"
c.__dict__["n"] = "inst"
print(c.d, c.n, C.d)
c.d = 5
