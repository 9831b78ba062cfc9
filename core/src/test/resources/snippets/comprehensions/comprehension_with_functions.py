# comprehensions calling functions and methods
words = ["Apple", "banana", "Cherry"]
print([w.lower() for w in words], [len(w) for w in words if w[0].isupper()], {w[0]: w for w in words})
print([f(3) for f in (abs, str, float, bin)], [m() for m in ["a".upper, "B".lower]])
