# copying lists: shallow copies share inner objects
a = [[1], [2]]
b = a[:]
c = list(a)
d = a.copy()
b[0].append(9)
print(a, b is a, c[0] is a[0], d == a, [x is y for x, y in zip(a, d)])
e = [[0] * 2] * 2
e[0][0] = 5
print(e)
