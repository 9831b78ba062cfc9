# __index__ lets objects be used as sequence indices, slice bounds, range args, and in bin/hex
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print(f"  __index__ -> {self.n}")
        return self.n

data = list("abcdefgh")
print(data[Idx(2)], data[Idx(-1)])
print(data[Idx(1):Idx(4)], data[::Idx(3)])
print(list(range(Idx(3))), list(range(Idx(1), Idx(10), Idx(4))))
print("xyz"[Idx(1)], (10, 20, 30)[Idx(2)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print([0] * Idx(3), "ab" * Idx(2))
print(int(Idx(42)))
data[Idx(0)] = "A"
del data[Idx(1)]
print(data)

class BadIndex:
    def __index__(self):
        return "3"

class FloatLike:
    def __float__(self):
        return 1.0

for obj in (BadIndex(), FloatLike(), 2.0):
    try:
        data[obj]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    range(FloatLike())
except TypeError as e:
    print(type(e).__name__, e)
print(data[True], data[False])
