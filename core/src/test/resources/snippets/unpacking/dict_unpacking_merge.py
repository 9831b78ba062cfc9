# ** merging in displays
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print({**a, **b}, {**b, **a}, {**a, "x": 0}, dict(**a, w=9))
try:
    dict(**a, x=5)
except TypeError as e:
    print(e)
