# sorted, min and max with keys
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words, key=len), max(3, 9, 4), min([], default="none"), max("abc"))
pairs = [(1, "b"), (0, "z"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sum([0.5, 0.25]), sum(range(101)), any([]), all([]), list(reversed([1, 2, 3])))
