# yield from works with any iterable: lists, strings, ranges, dicts, custom iterators
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i

def everything():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from {"k1": 1, "k2": 2}
    yield from (x.upper() for x in "cd")
    yield from Countdown(3)
    yield from OldStyle()
    yield from ()

print(list(everything()))

def bad():
    yield "ok so far"
    yield from 42

b = bad()
print(next(b))
try:
    next(b)
except TypeError as e:
    print(type(e).__name__, e)

def send_to_plain_iterator():
    yield from iter([1, 2, 3])

s = send_to_plain_iterator()
print(next(s), s.send(None))
try:
    s.send("value")
except AttributeError as e:
    print(type(e).__name__, e)

def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"enter {depth}"
    yield from nested(depth - 1)
    yield f"exit {depth}"

print(list(nested(3)))
