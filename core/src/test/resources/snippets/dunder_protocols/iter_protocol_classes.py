# __iter__ and __next__ on user classes
class Range2:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
r = Range2(3)
print(list(r), list(r))
print(sum(Range2(4)), max(Range2(2)), 4 in Range2(3))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
