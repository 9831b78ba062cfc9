# finally blocks in generators run on exhaustion, on close, and on exceptions
def tracked(name, items):
    print(f"  [{name}] open")
    try:
        for x in items:
            yield x
    finally:
        print(f"  [{name}] finally")

print(list(tracked("full", [1, 2])))

# keep a reference: breaking out of the loop does not finish the generator
kept = tracked("break", [1, 2, 3])
for v in kept:
    print("got", v)
    if v == 2:
        break
print("after break loop, suspended:", kept.gi_suspended)
kept.close()

g = tracked("partial", "abc")
print(next(g))
g.close()

def failing():
    try:
        yield 1
        raise ValueError("inside")
    finally:
        print("  [failing] finally")

try:
    for v in failing():
        print("got", v)
except ValueError as e:
    print(type(e).__name__, e)

def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
        yield "between"
    finally:
        print("  outer finally")

n = nested_finally()
print(next(n))
print(next(n))
n.close()

def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"

print(list(yield_in_finally()))
