# Class attributes are shared; instance assignment shadows; mutable class attributes are shared
class Dog:
    species = "canis"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)

a, b = Dog("rex"), Dog("fido")
print(a.species, b.species, Dog.count, a.count)
a.species = "lupus"
print(a.species, b.species, Dog.species)
print(sorted(vars(a)), sorted(vars(b)))
del a.species
print(a.species)

a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is Dog.tricks)

a.tricks = ["own list"]
a.add_trick("beg")
print(a.tricks, b.tricks)

class Counter:
    total = 0
    def bump(self):
        self.total += 1
        return self.total

c1, c2 = Counter(), Counter()
print(c1.bump(), c1.bump(), c2.bump(), Counter.total)
print("total" in vars(c1), vars(c1))

Dog.species = "changed on class"
print(b.species, Dog("new").species)
try:
    del b.species
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Dog, "name"), hasattr(a, "name"))
