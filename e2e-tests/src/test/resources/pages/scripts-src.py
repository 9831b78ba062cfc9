y = x + 1
print("second", y)
