# for-loop targets stay bound after the loop and use the enclosing scope
for i in range(3):
    pass
print(i)

for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)

def f():
    for k in range(4):
        if k == 2:
            break
    return k

print(f())

def g():
    for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
        pass
    return a, b, c

print(g())

class Holder:
    for n in range(3):
        pass
    last = n

print(Holder.last, Holder.n)

def h():
    items = {}
    for items["key"] in "xyz":
        pass
    return items

print(h())

class Obj:
    pass

o = Obj()
for o.attr in [10, 20]:
    pass
print(o.attr)

while_count = 0
while while_count < 3:
    inner = while_count * 2
    while_count += 1
print(inner, while_count)
