# Validating data descriptors storing values in the instance __dict__ under the same name
class Typed:
    def __init__(self, kind, minimum=None):
        self.kind, self.minimum = kind, minimum
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{self.name} not set") from None
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        obj.__dict__[self.name] = value

class Product:
    name = Typed(str)
    qty = Typed(int, minimum=0)
    price = Typed(float)
    def __init__(self, name, qty, price):
        self.name, self.qty, self.price = name, qty, price

p = Product("pen", 3, 1.5)
print(p.name, p.qty, p.price, vars(p))
for field, value in (("qty", -1), ("qty", "3"), ("name", 5), ("price", 2)):
    try:
        setattr(p, field, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p.__dict__["qty"] = "sneaky"
print(p.qty)
blank = Product.__new__(Product)
try:
    blank.qty
except AttributeError as e:
    print(type(e).__name__, e, e.__suppress_context__)
print(getattr(blank, "qty", "default"), hasattr(blank, "name"))
