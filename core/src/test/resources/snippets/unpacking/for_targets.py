# unpacking in for targets
pairs = [(1, "a"), (2, "b")]
for n, ch in pairs:
    print(n, ch)
for i, (n, ch) in enumerate(pairs):
    print(i, n, ch)
for first, *rest in [[1, 2, 3], [4]]:
    print(first, rest)
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
