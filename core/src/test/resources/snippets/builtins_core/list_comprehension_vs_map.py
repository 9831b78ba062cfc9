# equivalent list building approaches
nums = range(1, 8)
print([n * n for n in nums if n % 2], list(map(lambda n: n * n, filter(lambda n: n % 2, nums))))
print(list(zip(*[(1, "a"), (2, "b")])), [list(t) for t in zip("ab", "cd")])
