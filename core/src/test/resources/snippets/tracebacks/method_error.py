# an error inside a method called from a loop
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(100 / x)
a = Acc()
for v in [4, 2, 0]:
    a.add(v)
print(a.items)
