# independent closures from one factory
def make_counter(step):
    total = 0
    def count():
        nonlocal total
        total += step
        return total
    return count
a = make_counter(1)
b = make_counter(10)
print([a() for _ in range(3)], [b() for _ in range(2)], a(), a.__code__.co_freevars)
