# __index__ lets objects act as integers for indexing, slicing, bin() and range()
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print("__index__", self.n)
        return self.n
class IntOnly:
    def __int__(self):
        return 2
data = list("abcdef")
print(data[Idx(1)])
print(data[Idx(1):Idx(4)])
print(bin(Idx(5)), hex(Idx(255)))
print(list(range(Idx(3))))
print("xy" * Idx(2))
print(int(Idx(7)))
try:
    data[IntOnly()]
except TypeError as e:
    print("TypeError:", e)
print(int(IntOnly()))
class BadIndex:
    def __index__(self):
        return "nope"
try:
    data[BadIndex()]
except TypeError as e:
    print("TypeError:", e)
