# The outermost iterable of a generator expression is evaluated immediately
def source(tag):
    print("evaluating source", tag)
    return [1, 2, 3]

gen = (x * 10 for x in source("outer"))
print("generator created")
print(list(gen))

def bad_inner():
    print("inner evaluated")
    return [0]

gen2 = (x + y for x in source("two") for y in bad_inner())
print("second generator created")
print(list(gen2))

try:
    gen3 = (x for x in 42)
except TypeError as e:
    print("at creation:", type(e).__name__, e)

gen4 = (x for x in [1] for y in 42)
print("gen4 created")
try:
    next(gen4)
except TypeError as e:
    print("at next:", type(e).__name__, e)

data = [1, 2]
gen5 = (d for d in data)
data = [9, 9, 9]
print(list(gen5))

data = [1, 2]
gen6 = (d * m for d in data for m in data)
data = [10]
print(list(gen6))
