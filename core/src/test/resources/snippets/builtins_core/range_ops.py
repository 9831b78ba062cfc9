# range objects
r = range(2, 20, 3)
print(list(r), len(r), r[2], r[-1], 11 in r, 12 in r, r.index(8), r[1:3])
print(list(range(5, 0, -2)), range(0), bool(range(0)), repr(range(3)), range(1, 10, 2) == range(1, 11, 2))
print(sum(range(10 ** 6)), list(reversed(range(4))))
