# tuples and small-int sets
t = (3, 1, 2, 1)
print(t.count(1), t.index(2), t + (9,), t * 2, t[1:3], sorted(t))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, {1, 2} < a)
s = set()
for v in [5, 3, 9, 3, 1]:
    s.add(v)
print(s, len(s), 9 in s, frozenset([2, 1]) == {1, 2})
s.discard(9)
s.remove(5)
print(s, s.pop(), s)
