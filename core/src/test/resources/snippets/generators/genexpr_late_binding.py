# variables closed over by a generator expression are looked up when it runs
n = 1
g = (x + n for x in range(3))
n = 100
print(list(g))
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(x) for x in gens])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
