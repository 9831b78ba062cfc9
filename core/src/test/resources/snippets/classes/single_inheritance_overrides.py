# Method overriding, calling the parent explicitly, and attribute lookup along the chain
class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.speak()} and has {self.legs} legs"

class Bird(Animal):
    sound = "tweet"
    legs = 2

class Parrot(Bird):
    def __init__(self, name, words):
        Animal.__init__(self, name)
        self.words = words

    def speak(self):
        base = Bird.speak(self)
        return f"{base} / {' '.join(self.words)}"

class Snake(Animal):
    legs = 0
    def speak(self):
        return f"{self.name} hisses"

for creature in (Animal("generic"), Bird("tweety"), Parrot("polly", ["hello", "there"]), Snake("kaa")):
    print(type(creature).__name__, "->", creature.describe())

print(Parrot.__mro__ == (Parrot, Bird, Animal, object))
print([c.__name__ for c in Parrot.__mro__])
print(Parrot.__bases__[0].__name__, Parrot.__base__.__name__, Animal.__bases__)
print(issubclass(Parrot, Animal), isinstance(Parrot("p", []), Bird), issubclass(Snake, Bird))
print("speak" in vars(Parrot), "describe" in vars(Parrot), Parrot.describe is Animal.describe)
