# Generators close over enclosing variables and see updates between next() calls
def make_gen():
    limit = 2
    def gen():
        i = 0
        while i < limit:
            yield i
            i += 1
    g = gen()
    first = next(g)
    limit = 5
    return first, list(g)

print(make_gen())

def counter_gen():
    step = 1
    def stepper():
        n = 0
        while True:
            n += step
            yield n
    g = stepper()
    out = [next(g), next(g)]
    step = 100
    out += [next(g), next(g)]
    return out

print(counter_gen())

def genexp_closure():
    base = 10
    g = (base + i for i in range(3))
    base = 1000
    return list(g)

print(genexp_closure())

def gen_captures_own_local():
    def g():
        for k in range(3):
            yield lambda: k
    fs = list(g())
    return [f() for f in fs]

print(gen_captures_own_local())

def nonlocal_from_generator():
    total = 0
    def adder():
        nonlocal total
        while True:
            value = yield total
            total += value
    g = adder()
    next(g); g.send(5); g.send(7)
    return total

print(nonlocal_from_generator())
