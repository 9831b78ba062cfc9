# a generator made by a for statement's own call is closed when the loop leaves early, as CPython's
# reference counting does; one that is still referenced elsewhere stays open
import sys

def report(u):
    print("unraisable:", type(u.exc_value).__name__, u.exc_value, "in", u.object.__qualname__,
          "tb line", u.exc_traceback.tb_lineno if u.exc_traceback else None)
sys.unraisablehook = report

def h(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)

for x in h("break"):
    break
print("after break")

def f():
    for x in h("return"):
        return x
print("returned", f())

try:
    for x in h("raise"):
        raise KeyError(x)
except KeyError as e:
    print("caught", e)

def nested():
    for a in h("outer"):
        for b in h("inner"):
            raise ValueError("deep")
try:
    nested()
except ValueError as e:
    print("caught", e)

g = h("named")
for x in iter(g):
    break
print("named generator still suspended:", g.gi_suspended)
for x in g:
    pass
print("named generator finished")

def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
for x in bad():
    break
print("after bad")

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
for x in stubborn():
    break
print("after stubborn")

for x in (y for y in h("genexp")):
    break
print("after genexp")

def outer_gen():
    for x in h("inside outer_gen"):
        yield x
og = outer_gen()
next(og)
og.close()
print("outer_gen closed")

class Box:
    def items(self):
        yield from h("method")
for x in Box().items():
    break
print("after method")
