# Arguments are passed by object reference: mutation is visible, rebinding is not
def mutate(lst, dct):
    lst.append("added")
    dct["k"] = "v"

def rebind(lst, dct):
    lst = ["new"]
    dct = {}
    return lst, dct

def augmented(lst, tup, num, text):
    lst += [1]
    tup += (1,)
    num += 1
    text += "!"
    return lst, tup, num, text

a, d = [], {}
mutate(a, d)
print(a, d)
print(rebind(a, d), a, d)

l, t, n, s = [0], (0,), 0, "hi"
print(augmented(l, t, n, s))
print(l, t, n, s)

def slice_assign(lst):
    lst[:] = [9, 9]

x = [1, 2, 3]
alias = x
slice_assign(x)
print(x, alias, x is alias)

def returns_same(obj):
    return obj

y = [1]
print(returns_same(y) is y)

class Counter:
    def __init__(self):
        self.n = 0

def bump(c):
    c.n += 1
    c = Counter()
    c.n = 100

c = Counter()
bump(c); bump(c)
print(c.n)

def default_alias(x, cache={}):
    cache[x] = True
    return cache

first = default_alias(1)
second = default_alias(2)
print(first is second, sorted(first))
