# closures see changes made after they were created
def make():
    value = "before"
    def read():
        return value
    value = "after"
    return read
print(make()())
def lazy_list():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 99
    return [f() for f in fs]
print(lazy_list())
