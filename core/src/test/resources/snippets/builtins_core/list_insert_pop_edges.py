# insert and pop at the edges and beyond
l = [1, 2, 3]
l.insert(100, "end")
l.insert(-100, "start")
l.insert(-1, "before end")
print(l, l.pop(-2), l.pop(0), l)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
