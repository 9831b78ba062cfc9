# enumerate combined with zip and unpacking
names = ["a", "b", "c"]
ages = [30, 20, 10]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(dict(enumerate(names)), list(enumerate(zip(names, ages)))[0])
