# Comprehension loop variables do not leak; walrus binds in the enclosing scope
i = "untouched"
squares = [i * i for i in range(5)]
print(squares, i)

evens = {i for i in range(6) if i % 2 == 0}
print(sorted(evens), i)

mapping = {k: v for k, v in zip("abc", range(3))}
print(mapping)
print("k" in globals(), "v" in globals())

total = 0
partial = [total := total + n for n in range(1, 6)]
print(partial, total)

def find_first_big(values):
    if any((hit := v) > 10 for v in values):
        return hit
    return None

print(find_first_big([3, 7, 12, 40]))
print(find_first_big([1, 2]))

def nested():
    results = [[(x, y) for y in range(x)] for x in range(4)]
    return results

print(nested())

gen = (c.upper() for c in "hey")
print(next(gen), list(gen))

def last_bound():
    [last := n for n in "xyz"]
    return last

print(last_bound())
