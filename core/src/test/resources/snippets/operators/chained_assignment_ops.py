# chained comparison with is and in
a = [1]
b = a
print(a is b in [a], 1 in a in [a], (1 in a) in [True], 1 < 2 is True if False else "skip")
