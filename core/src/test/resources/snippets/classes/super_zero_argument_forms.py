# Zero-argument super() in instance methods, classmethods, __init__, and its failure modes
class Base:
    def greet(self):
        return f"Base.greet({type(self).__name__})"
    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"
    def __init__(self):
        self.trail = ["Base"]

class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def make(cls):
        return "Mid>" + super().make()
    def __init__(self):
        super().__init__()
        self.trail.append("Mid")

class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super().greet()
    def __init__(self):
        super().__init__()
        self.trail.append("Leaf")
    def via_lambda(self):
        return (lambda: super().greet())()
    def via_comprehension(self):
        return [super().greet() for _ in range(1)][0]

leaf = Leaf()
print(leaf.greet(), Leaf.make(), leaf.trail)
# in 3.11 a comprehension is its own function whose first argument is the iterator
try:
    print(leaf.via_comprehension())
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)

def outside():
    return super().greet()

try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)

class Static(Base):
    s = staticmethod(lambda: super().greet())

try:
    Static.s()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)

try:
    print(leaf.via_lambda())
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
