# inner definitions shadow outer names
def f():
    x = "f"
    def g():
        x = "g"
        def h():
            return x
        return h()
    return g(), x
print(f())
def k(x):
    def inner():
        return [x for _ in range(2)]
    return inner()
print(k(7))
