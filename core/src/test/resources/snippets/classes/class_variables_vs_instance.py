# mutable class attributes are shared; assignment creates instance attributes
class C:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = C(), C()
a.add(1)
b.add(2)
print(C.items, a.count, b.count, C.count, "count" in vars(a))
