# Each call of the outer function creates fresh cells; closures do not interfere
def make_counter(start=0, step=1):
    count = start
    def tick():
        nonlocal count
        count += step
        return count
    return tick

a = make_counter()
b = make_counter(100, 10)
c = make_counter(step=-1)
print(a(), a(), a())
print(b(), b())
print(c(), c(), c(), c())
print(a(), b(), c())

counters = [make_counter(i * 1000) for i in range(3)]
for ctr in counters:
    ctr()
counters[1]()
print([ctr() for ctr in counters])

def make_history():
    log = []
    def record(item):
        log.append(item)
        return len(log)
    def history():
        return tuple(log)
    return record, history

r1, h1 = make_history()
r2, h2 = make_history()
r1("a"); r1("b"); r2("z")
print(h1(), h2())
print(a.__qualname__, a.__name__)
print(a.__code__ is b.__code__, a is b)
