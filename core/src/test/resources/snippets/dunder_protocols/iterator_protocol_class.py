# A hand-written iterator class: __iter__ returns self, __next__ raises StopIteration
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
print(list(c), list(c))
it = Countdown(2)
print(iter(it) is it, next(it), next(it), next(it, "done"))

class Repeatable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)

r = Repeatable(3)
print(list(r), list(r), sum(r), sorted(r), 2 in r)
a, b, c = Repeatable(3)
print(a, b, c)

class BadIter:
    def __iter__(self):
        return 42

class NoNext:
    def __iter__(self):
        return self

for obj in (BadIter(), NoNext()):
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Repeatable(1))
except TypeError as e:
    print(type(e).__name__, e)

class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ignored by for loops")

print(list(StopWithValue()), [x for x in StopWithValue()])
