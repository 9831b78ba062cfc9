# generator expressions as the sole argument
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((v for v in [3, 1, 2]), reverse=True), list(c.upper() for c in "hi"))
print(any(x > 3 for x in [1, 5]), all(x for x in []), "".join(str(i) for i in range(4)))
