# Uncaught TypeError: __iter__ returns a list instead of an iterator
class Inventory:
    def __init__(self, items):
        self.items = dict(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, name):
        return name in self.items
    def __iter__(self):
        return sorted(self.items)

inv = Inventory({"apple": 3, "pear": 0, "fig": 7})
print(len(inv), "fig" in inv, "kiwi" in inv)
print(sorted(inv.items.items()))

def in_stock(inventory):
    return [name for name in inventory if inventory.items[name] > 0]

print("listing items in stock")
print(in_stock(inv))
