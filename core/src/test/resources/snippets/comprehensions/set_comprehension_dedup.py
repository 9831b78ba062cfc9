# set comprehensions deduplicate with hashing rules
print({x % 4 for x in range(20)}, {1, 1.0, True}, {(1, 2), (1, 2)}, len({frozenset([1]), frozenset([1])}))
print({abs(x) for x in [-2, -1, 0, 1, 2]}, sorted({c.lower() for c in "AaBbC"}))
