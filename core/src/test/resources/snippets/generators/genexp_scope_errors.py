# generator expressions evaluate conditions lazily
data = [1, 0, 2]
g = (10 / x for x in data)
print(next(g))
try:
    print(next(g))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(g))
