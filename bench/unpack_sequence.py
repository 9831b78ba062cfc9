# Sequence unpacking and packing: tuple and list targets, starred targets, swaps, nested targets.
def unpack_tuples(rounds):
    total = 0
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    for _ in range(rounds):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(rounds):
    total = 0
    lst = [10, 20, 30, 40, 50]
    for _ in range(rounds):
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        total += c - a
    return total


def swaps(rounds):
    x, y, z = 1, 2, 3
    for _ in range(rounds):
        x, y = y, x
        y, z = z, y
        x, y, z = z, x, y
    return x * 100 + y * 10 + z


def starred(rounds):
    data = (1, 2, 3, 4, 5, 6)
    acc = 0
    for _ in range(rounds):
        first, *middle, last = data
        head, *tail = data
        acc += first + last + len(middle) + len(tail) + head
    return acc


def nested(rounds):
    pairs = [((1, 2), (3, 4)), ((5, 6), (7, 8))]
    acc = 0
    for k in range(rounds):
        for (a, b), (c, d) in pairs:
            acc += a * d - b * c
        (p, q), r = (k, k + 1), k + 2
        acc += p + q - r
    return acc


print("tuples", unpack_tuples(600000))
print("lists", unpack_lists(600000))
print("swaps", swaps(600000))
print("starred", starred(300000))
print("nested", nested(300000))
