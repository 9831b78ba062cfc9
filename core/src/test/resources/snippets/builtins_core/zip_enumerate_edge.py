# zip and enumerate edge cases
print(list(zip()), list(zip([1])), list(zip("ab", range(5), [True, False])))
print(list(enumerate([])), list(enumerate("x", -1)), dict(enumerate("ab")))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
