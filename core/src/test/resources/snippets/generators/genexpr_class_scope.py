# generator expressions in a class body cannot see class variables except the first iterable
class Config:
    base = 10
    items = [1, 2, 3]
    doubled = list(x * 2 for x in items)
    try:
        shifted = list(x + base for x in items)
    except NameError as e:
        shifted = "NameError: " + str(e)
print(Config.doubled)
print(Config.shifted)
def outer():
    k = 5
    return list(k + x for x in range(3))
print(outer())
