# a validating descriptor storing per-instance data
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, owner):
        return getattr(obj, self.private, None) if obj else self
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive")
        setattr(obj, self.private, value)
class Order:
    qty = Positive()
    price = Positive()
o = Order()
o.qty = 3
o.price = 2
print(o.qty * o.price, sorted(vars(o)))
try:
    o.qty = 0
except ValueError as e:
    print(e)
