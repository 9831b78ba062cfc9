# iter(callable, sentinel) calls until the sentinel value is returned
def make_reader(chunks):
    data = list(chunks)
    def read():
        return data.pop(0) if data else ""
    return read

reader = make_reader(["ab", "cd", "", "never"])
print(list(iter(reader, "")))
print(reader())

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 5)), counter)

class Dice:
    def __init__(self, rolls):
        self.rolls = iter(rolls)
    def __call__(self):
        return next(self.rolls)

print(list(iter(Dice([3, 1, 6, 2]), 6)))
# a StopIteration raised by the callable just ends the iteration
print(list(iter(Dice([1, 2]), 6)))

it = iter(lambda: "same", "same")
print(list(it), next(it, "exhausted"))

def failing():
    raise ValueError("callable failed")

try:
    list(iter(failing, None))
except ValueError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)

class Above2:
    def __eq__(self, other):
        return other > 2

# the sentinel comparison is value == sentinel
print(list(iter(Dice([0, 1, 2, 3, 4]), Above2())))
sentinel_it = iter(Dice(["x", "y"]), "y")
print(iter(sentinel_it) is sentinel_it, next(sentinel_it), next(sentinel_it, "stop"))
