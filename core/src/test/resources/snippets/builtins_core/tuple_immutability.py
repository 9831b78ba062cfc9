# tuples cannot be changed in place
t = (1, [2])
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
t[1].append(3)
print(t, hash((1, 2)) == hash((1, 2)))
try:
    hash(t)
except TypeError as e:
    print(e)
