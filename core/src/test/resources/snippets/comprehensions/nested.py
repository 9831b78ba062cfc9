# nested comprehensions and conditions
m = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(m)
print([x for row in m for x in row if x % 2 == 0])
print({k: v for k, v in zip("abc", range(3)) if v})
print({x % 3 for x in range(10)})
print(sorted(set(c for c in "mississippi")))
