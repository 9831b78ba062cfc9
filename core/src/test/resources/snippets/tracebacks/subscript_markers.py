# the ~~~^^^ markers for subscripts and binary operators
data = {"a": [1, 2]}
total = data["a"][0] + data["a"][1]
print(total)
value = data["a"][5] + 1
