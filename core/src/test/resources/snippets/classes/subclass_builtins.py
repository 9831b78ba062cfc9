# subclasses of list, dict and str
class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    pass
class Shout(str):
    def shout(self):
        return self.upper() + "!"
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), type(l).__name__, isinstance(l, list))
d = MyDict(a=1)
d["b"] = 2
print(d, type(d).__name__)
s = Shout("hey")
print(s.shout(), s + "?", type(s + "?").__name__, len(s))
