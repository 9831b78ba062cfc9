# += on a list inside a tuple mutates then raises
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
