# methods in comprehensions reach globals not class names
scale = 10
class C:
    scale = 2
    def values(self):
        return [x * scale for x in range(3)]
    vals = [x * 3 for x in range(3)]
print(C().values(), C.vals)
