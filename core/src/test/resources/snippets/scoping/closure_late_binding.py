# closures capture variables, not values
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
