# dict subclasses with __missing__
class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a=1)
print(d["a"], d["zz"], "zz" in d, len(d))
