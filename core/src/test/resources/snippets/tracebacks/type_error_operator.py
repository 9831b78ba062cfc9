# unsupported operand types for a binary operator
count = 3
label = "items: "
print(label + str(count))
print(label + count)
