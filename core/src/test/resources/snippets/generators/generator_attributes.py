# Generator object attributes: names, gi_frame lifecycle, gi_yieldfrom, gi_suspended
def child():
    yield "c1"
    yield "c2"

def parent():
    yield "p1"
    yield from child()

class Holder:
    def method_gen(self):
        yield self

g = parent()
print(type(g).__name__, g.__name__, g.__qualname__)
print(Holder().method_gen().__qualname__)
print(g.gi_code.co_name, g.gi_frame is not None, g.gi_suspended, g.gi_running)
print(next(g), g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(g.gi_suspended)
print(next(g))
print(list(g), g.gi_frame, g.gi_yieldfrom, g.gi_suspended)

g2 = parent()
g2.__name__ = "renamed"
g2.__qualname__ = "Some.renamed"
print(g2.__name__, g2.__qualname__, parent.__name__)
g2.close()
print(g2.gi_frame)

genexp = (i for i in range(2))
print(genexp.__name__, genexp.__qualname__, type(genexp).__name__)

def f():
    return (y for y in "ab")

print(f().__qualname__)
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
try:
    g.gi_running = True
except AttributeError as e:
    print(type(e).__name__, e)
