# instance attributes shadow class attributes; augmented assignment creates an instance copy
class Counter:
    count = 0
    shared = []
    def bump(self):
        self.count += 1
        self.shared.append(self.count)
a = Counter()
b = Counter()
a.bump()
a.bump()
b.bump()
print(a.count, b.count, Counter.count)
print(Counter.shared, a.shared is b.shared)
print(sorted(vars(a)), sorted(vars(b)))
Counter.count = 50
c = Counter()
print(c.count, a.count)
del a.count
print(a.count)
a.shared = ["own"]
print(a.shared, b.shared)
