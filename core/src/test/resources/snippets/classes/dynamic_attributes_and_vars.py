# getattr/setattr/delattr/hasattr and __dict__ manipulation on instances and classes
class Bag:
    pass

b = Bag()
setattr(b, "colour", "red")
b.__dict__["size"] = 3
print(b.colour, getattr(b, "size"), vars(b))
print(getattr(b, "weight", "no weight"), hasattr(b, "weight"))
setattr(b, "with space", 1)
print(getattr(b, "with space"), sorted(vars(b)))
delattr(b, "colour")
print(hasattr(b, "colour"))
try:
    delattr(b, "colour")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(b, "missing")
except AttributeError as e:
    print(type(e).__name__, e)

setattr(Bag, "shared", "on the class")
print(b.shared, "shared" in vars(b), "shared" in vars(Bag))
Bag.greet = lambda self: f"bag with {sorted(vars(self))}"
print(b.greet())

b.__dict__ = {"replaced": True}
print(vars(b), b.replaced)
try:
    b.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)

o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Bag.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(type(Bag.__dict__).__name__)
