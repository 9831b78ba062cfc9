# in falls back to iteration when __contains__ is missing
class Gen:
    def __iter__(self):
        yield from [1, 2, 3]
print(2 in Gen(), 5 in Gen())
class Get:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
print(9 in Get(), 5 in Get(), list(Get()))
