# Functions are first-class: stored in containers, compared, hashed, passed and returned
def inc(x):
    return x + 1

def dec(x):
    return x - 1

ops = {inc: "increment", dec: "decrement"}
print(ops[inc], ops[dec], len(ops))
print(inc == inc, inc == dec, inc is inc, inc != dec)

pipeline = [inc, inc, dec, inc]
value = 0
for fn in pipeline:
    value = fn(value)
print(value)

def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x

print(apply_n(inc, 5, 0), apply_n(dec, 3, 0))

def choose(name):
    return {"inc": inc, "dec": dec}.get(name, lambda x: x)

print(choose("inc")(10), choose("dec")(10), choose("other")(10))
print(sorted([dec, inc], key=lambda f: f.__name__)[0].__name__)

table = [(f.__name__, f(100)) for f in (inc, dec, abs, str)]
print(table)

alias = inc
del inc
print(alias(1), alias.__name__)
try:
    inc(1)
except NameError as e:
    print(type(e).__name__, e)

methods = [str.upper, str.lower, str.title]
print([m("hello world") for m in methods])
print(type(alias).__name__, callable(str.upper), callable(len))
