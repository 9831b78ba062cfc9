# a non-data descriptor that caches into the instance dict is consulted only once
class cached:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        self.calls += 1
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        return value
class Report:
    def __init__(self, n):
        self.n = n
    @cached
    def total(self):
        print("computing", self.n)
        return sum(range(self.n))
r = Report(10)
print(r.total, r.total, r.total)
print(Report.total.calls)
del r.total
print(r.total, Report.total.calls)
r.total = "overwritten"
print(r.total, Report(4).total, Report.total.calls)
