# Uncaught TypeError raised by a metaclass that validates class definitions
class Validated(type):
    def __new__(mcs, name, bases, ns):
        if bases:
            fields = ns.get("fields")
            if not isinstance(fields, tuple):
                raise TypeError(f"{name}.fields must be a tuple, got {type(fields).__name__}")
            for f in fields:
                if not f.isidentifier():
                    raise ValueError(f"{name}: bad field name {f!r}")
        return super().__new__(mcs, name, bases, ns)

class Record(metaclass=Validated):
    def __init__(self, *values):
        for field, value in zip(self.fields, values):
            setattr(self, field, value)

class Point(Record):
    fields = ("x", "y")

p = Point(1, 2)
print(p.x, p.y)
try:
    class Bad(Record):
        fields = ("ok", "not ok")
except ValueError as e:
    print(type(e).__name__, e)

def define(name, fields):
    return Validated(name, (Record,), {"fields": fields})

print(define("Pair", ("a", "b"))(5, 6).b)
print("defining a record with a list of fields")
define("Broken", ["a"])
