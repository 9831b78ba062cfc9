# __dict__ of classes and instances
class C:
    a = 1
    def m(self):
        pass
o = C()
o.b = 2
print(sorted(k for k in C.__dict__ if not k.startswith("__")), o.__dict__, vars(o) is o.__dict__)
o.__dict__["c"] = 3
print(o.c, "a" in o.__dict__, type(C.__dict__).__name__)
