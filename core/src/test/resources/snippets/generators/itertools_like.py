# hand-written versions of itertools helpers
def chain(*its):
    for it in its:
        yield from it
def islice(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def count(start=0):
    while True:
        yield start
        start += 1
def cycle(seq):
    while True:
        yield from seq
print(list(chain([1], "ab", range(2))), list(islice(count(5), 3)), list(islice(cycle("xy"), 5)))
