# zip stops at the shortest generator
def g(n):
    for i in range(n):
        yield i
print(list(zip(g(3), g(5), "abcd")))
a = g(5)
print(list(zip(a, range(2))), list(a))
