# slices with steps and negative indices
s = "abcdefgh"
print(s[::2], s[::-1], s[-3:], s[1:-1:3], s[10:], s[-100:2])
l = list(range(10))
l[2:5] = ["x"]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
del l[::3]
print(l, l[slice(1, 4)])
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
