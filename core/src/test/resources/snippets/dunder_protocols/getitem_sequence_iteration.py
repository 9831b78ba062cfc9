# Old sequence protocol: iteration and 'in' via __getitem__ until IndexError
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        if i >= self.n:
            raise IndexError(i)
        return i * i

s = Squares(3)
print(list(s))
print(4 in s)
print(5 in s)
it = iter(s)
print(iter(it) is it, next(it), next(it))

class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return f"item{i}"

print(list(StopsWithStopIteration()))

class KeyErrorIsNotEnough:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError(i)
        return i

try:
    list(KeyErrorIsNotEnough())
except KeyError as e:
    print(type(e).__name__, e)

class Infinite:
    def __getitem__(self, i):
        return i

for x in Infinite():
    if x > 3:
        break
print("stopped at", x)
a, b = Squares(2)
print(a, b)
try:
    reversed(Squares(2))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Squares(4), reverse=True))
