# comprehension variables do not leak; the first iterable is evaluated outside
i = "outer"
squares = [i * i for i in range(4)]
print(squares, i)
class A:
    data = [1, 2, 3]
    total = sum(v for v in data)
print(A.total)
x = 10
print({x: x + 1 for x in range(3)}, x)
