# Equal numbers hash equal: 1, 1.0 and True are the same dict key / set member
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, type(list(d)[0]).__name__)

print({True: "a", 1: "b", 1.0: "c"})
print({0, 0.0, False, -0.0}, {1, 2.0, 3} == {1.0, 2, 3.0})
print(len({1, 1.0, True, 2, 2.0}), {2.0, 2} == {2})
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0))
print(2 ** 61 - 1 in {0}, hash(2 ** 61 - 1) == hash(0))
print(d[True], d[1.0], d.get(1 + 0j, "complex 1+0j finds it too"))
counts = {}
for value in [1, 1.0, True, 0, False, 0.0, 2]:
    counts[value] = counts.get(value, 0) + 1
print(counts)

class IntLike(int):
    pass

print({IntLike(5): "subclass"}[5], 5 in {IntLike(5)})
keys = [1.5, 3, 2.0, 1]
print(sorted({k: str(k) for k in keys}.items()))
print(list({"b": 1, "a": 2, "b2": 3}), list({3: 0, 1: 0, 2: 0}))
print(-1 in {-1: 0}, {-1: "a", -2: "b"}, {-1.0: "x"}[-1])
