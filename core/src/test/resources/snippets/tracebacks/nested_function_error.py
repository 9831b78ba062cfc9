# a traceback through closures
def outer(data):
    def inner(i):
        return data[i]
    return [inner(i) for i in range(4)]
print(outer([1, 2, 3, 4]))
print(outer([1, 2]))
