# global inside nested functions
counter = 0
def outer():
    def inner():
        global counter
        counter += 1
    for _ in range(3):
        inner()
    return counter
print(outer(), counter)
