# exception args, str and repr
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()))
print(str(Exception()), repr(Exception()), repr(OSError(2, "No such file")))
print(str(OSError(2, "No such file", "x.txt")))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
m = MyErr(7)
print(m, m.code, m.args)
