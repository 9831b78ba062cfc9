# A hand-written cached property: a non-data descriptor that stores into the instance dict
class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Report:
    def __init__(self, data):
        self.data = data
    @cached
    def total(self):
        return sum(self.data)
    @cached
    def summary(self):
        return f"{len(self.data)} items, total {self.total}"

r = Report([1, 2, 3])
print(r.total)
print(r.total)
print(r.summary)
print(r.summary)
print(sorted(vars(r)))
del r.total
print(r.total)
r.total = "overridden"
print(r.total, r.summary)

r2 = Report([10])
print(r2.summary)
print(type(Report.total).__name__, Report.total.name)
