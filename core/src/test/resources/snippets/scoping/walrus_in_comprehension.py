# := in a comprehension binds in the enclosing scope
data = [3, 8, 1, 9]
big = [y for x in data if (y := x * 2) > 5]
print(big, y)
def f():
    [last := n for n in range(5)]
    return last
print(f())
