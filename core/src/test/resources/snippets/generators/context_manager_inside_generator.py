# with-blocks inside generators: __exit__ sees GeneratorExit on close and thrown exceptions
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"  exit {self.name} with {kind}")
        return self.suppress

def reader(name, suppress=False):
    with Resource(name, suppress):
        yield f"{name} line 1"
        yield f"{name} line 2"
    yield f"{name} after with"

print(list(reader("full")))

g = reader("closed")
print(next(g))
g.close()

h = reader("thrown")
print(next(h))
try:
    h.throw(ValueError("bad data"))
except ValueError as e:
    print("propagated:", e)

s = reader("suppressing", suppress=True)
print(next(s))
print(s.throw(ValueError("swallowed")))

c = reader("suppress-close", suppress=True)
next(c)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()
print("second close ok:", c.gi_frame is None)
