# nonlocal updated from nested loops and comprehensions
def outer():
    hits = 0
    def record(v):
        nonlocal hits
        hits += v
    for i in range(5):
        record(i)
    [record(1) for _ in range(3)]
    return hits
print(outer())
