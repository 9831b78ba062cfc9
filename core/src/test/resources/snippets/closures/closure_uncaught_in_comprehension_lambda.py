# Uncaught error raised by a lambda called from a list comprehension inside a function
def make_scalers(factors):
    return [lambda v, f=f: v / f for f in factors]

scalers = make_scalers([1, 2, 4])
print([s(8) for s in scalers])

def apply_all(value, factors):
    fns = make_scalers(factors)
    return [fn(value) for fn in fns]

print(apply_all(10, [5, 10]))

def describe(factors):
    names = [f"div{f}" for f in factors]
    return dict(zip(names, make_scalers(factors)))

table = describe([2, 5])
print(sorted(table), [table[k](20) for k in sorted(table)])
print("next call divides by zero")
print(apply_all(3, [3, 0, 1]))
