# Comprehensions inside functions capture the function's variables as cells
def filter_above(values, threshold):
    return [v for v in values if v > threshold]

print(filter_above([1, 5, 10, 15], 6))

def rebinding_mid_comprehension():
    limit = 2
    def bump():
        nonlocal limit
        limit += 10
        return limit
    return [(x, limit, bump()) for x in range(3)]

print(rebinding_mid_comprehension())

def generator_sees_later_value():
    scale = 1
    g = (x * scale for x in range(3))
    first = next(g)
    scale = 100
    return first, list(g)

print(generator_sees_later_value())

def comprehension_with_lambdas():
    k = 5
    fs = [lambda y, x=x: x + y + k for x in range(3)]
    k = 50
    return [f(0) for f in fs]

print(comprehension_with_lambdas())

def nested_comprehension_closure():
    base = [1, 2]
    return {n: [n * b for b in base] for n in range(3)}

print(nested_comprehension_closure())

def walrus_out_of_comprehension():
    seen = [y := c for c in "xyz"]
    getter = lambda: y
    y = "rebound"
    return seen, getter()

print(walrus_out_of_comprehension())
