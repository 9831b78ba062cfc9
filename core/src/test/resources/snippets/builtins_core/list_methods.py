# list methods
l = [3, 1, 2]
l.append(4)
l.extend([0])
l.insert(1, 9)
print(l, l.index(2), l.count(9))
l.sort()
print(l, l.pop(), l.pop(0), l)
l.remove(2)
l.reverse()
print(l, l[::-1], l[1:], l * 2)
try:
    l.remove(99)
except ValueError as e:
    print(e)
