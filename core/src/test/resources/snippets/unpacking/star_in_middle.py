# starred targets in every position
*a, b = [1, 2, 3]
c, *d = "xyz"
e, *f, g = range(2)
print(a, b, c, d, e, f, g)
(h, *i), j = [1, 2, 3], 4
print(h, i, j)
