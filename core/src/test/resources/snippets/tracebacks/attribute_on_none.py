# calling a method on None
def find(items, key):
    for k, v in items:
        if k == key:
            return v
config = find([("a", 1)], "b")
print(config.upper())
