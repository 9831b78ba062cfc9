# A descriptor's __get__ receives (instance, owner); None for class access; __delete__ too
class Traced:
    def __init__(self, default):
        self.default = default
        self.values = {}
    def __get__(self, obj, objtype=None):
        who = "class" if obj is None else "instance"
        print(f"  __get__ via {who}, owner={objtype.__name__}")
        if obj is None:
            return self
        return self.values.get(obj.key, self.default)
    def __set__(self, obj, value):
        print(f"  __set__ {value!r}")
        self.values[obj.key] = value
    def __delete__(self, obj):
        print("  __delete__")
        self.values.pop(obj.key, None)

class Item:
    price = Traced(0)
    def __init__(self, key):
        self.key = key

class Special(Item):
    pass

a, b = Item("a"), Special("b")
print(a.price)
a.price = 10
print(a.price, b.price)
print(type(Item.price).__name__, Special.price is Item.price)
del a.price
print(a.price)
print(sorted(Item.__dict__["price"].values))
print(getattr(b, "price"), hasattr(b, "price"))
setattr(b, "price", 7)
print(Item.price.values)
desc = Item.__dict__["price"]
print(desc.__get__(b, Special), desc.__get__(None, Item) is desc)
