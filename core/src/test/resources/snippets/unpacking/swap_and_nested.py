# swaps and nested unpacking
a, b = 1, 2
a, b = b, a
print(a, b)
(x, (y, z)), w = (1, (2, 3)), 4
print(x, y, z, w)
[p, q] = "PQ"
print(p, q)
s = [1, 2, 3]
s[0], s[2] = s[2], s[0]
print(s)
