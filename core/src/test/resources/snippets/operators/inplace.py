# in-place operators on lists, attributes and subscripts
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u)
class O:
    pass
o = O()
o.n = 5
o.n *= 3
d = {"k": 2}
d["k"] **= 3
print(o.n, d)
