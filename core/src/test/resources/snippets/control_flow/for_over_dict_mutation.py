# changing a dict while iterating raises RuntimeError
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(e)
l = [1, 2, 3]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
