# Closing or throwing into a delegating generator reaches the innermost generator first
def leaf(name):
    try:
        yield f"{name} 1"
        yield f"{name} 2"
    finally:
        print(f"  {name} finally")

def middle():
    try:
        yield from leaf("leaf")
    finally:
        print("  middle finally")

def top():
    try:
        yield from middle()
    finally:
        print("  top finally")

t = top()
print(next(t)); t.close()
print("closed:", t.gi_frame is None)

class ClosableIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self):
        print("  ClosableIter.close called")

def delegating():
    yield from ClosableIter()

d = delegating()
print(next(d), next(d)); d.close()

def leaf_returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  leaf saw GeneratorExit")
        return "ignored"

def outer_catches():
    try:
        r = yield from leaf_returns_on_exit()
        print("  unreachable?", r)
    except GeneratorExit:
        print("  outer saw GeneratorExit too")
        raise

o = outer_catches()
next(o)
o.close()
