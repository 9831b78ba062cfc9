# sum with start values
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), 0.5), sum([], 7))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
