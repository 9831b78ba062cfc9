# A proxy delegating via __getattr__: normal attributes forward, special methods do not
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)

class Target:
    def __init__(self):
        self.items = [3, 1, 2]
    def total(self):
        return sum(self.items)
    def __len__(self):
        return len(self.items)

t = Target()
p = Proxy(t)
print(p.total(), p.items, p.__len__())
p.items = [10]
print(t.items, p.total())
print(p._log)
print(type(p).__name__, isinstance(p, Target))
lst = Proxy([4, 5])
lst.append(6)
print(lst.count(6), lst._target)
print("len() looks up __len__ on the type, not through __getattr__")
print(len(p))
