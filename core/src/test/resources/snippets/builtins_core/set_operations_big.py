# set algebra on ranges
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), len(a | b), sorted(a - b)[:5], sorted(a ^ b)[:5])
print(a.isdisjoint({1, 3}), {0, 6}.issubset(a), a.issuperset({2, 4}), len(set("mississippi")))
s = {10, 20, 30}
s.update([40], (50,))
s.difference_update({10})
print(sorted(s), s == frozenset(s), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
