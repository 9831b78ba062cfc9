# PEP 479: StopIteration escaping a generator body becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("from body")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress_context:", e.__suppress_context__)

def next_on_empty():
    it = iter([])
    yield "before"
    yield next(it)

try:
    print(list(next_on_empty()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def safe_next():
    it = iter([])
    yield "before"
    yield next(it, "default")

print(list(safe_next()))

def return_is_fine():
    yield 1
    return "value"

print(list(return_is_fine()))

def caught_inside():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside is fine"

print(list(caught_inside()))

class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

print(list(Iter()))
gen_exp = (next(iter([])) for _ in range(1))
try:
    list(gen_exp)
except RuntimeError as e:
    print("genexp:", type(e).__name__, e)
