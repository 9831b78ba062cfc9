# str(), repr(), format() and f-strings on one class
class T:
    def __str__(self):
        return "str"
    def __repr__(self):
        return "repr"
    def __format__(self, spec):
        return "format:" + spec
t = T()
print(str(t), repr(t), format(t), format(t, "x"), f"{t}", f"{t!s}", f"{t!r}", f"{t:y}", "%s %r" % (t, t))
