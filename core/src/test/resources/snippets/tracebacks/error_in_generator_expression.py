# an error raised while summing a generator expression
data = [1, 2, 0, 4]
print(sum(10 / x for x in data))
