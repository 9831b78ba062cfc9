# PEP 646: *args may be annotated with a starred expression; the value is unpacked to one item.
class Ts:
    def __iter__(self):
        yield "unpacked"

Ts = Ts()

def f(*args: *Ts): pass
print(f.__annotations__)

class Two:
    def __iter__(self):
        return iter([1, 2])

try:
    def g(*args: *Two()): pass
except ValueError as e:
    print(type(e).__name__, e)

try:
    def h(*args: *5): pass
except TypeError as e:
    print(type(e).__name__, e)

# subscripts with starred items
class C:
    def __class_getitem__(cls, item):
        return item

print(C[*[1, 2]])
print(C[*[1]])
print(C[0, *[1, 2], 3])
print(C[*()])
d = {}
d[*"ab"] = 1
print(d)

# annotations of complex targets are evaluated (module and class), targets too
log = []
def note(v):
    log.append(v)
    return v

class O:
    pass

o = O()
lst = [0, 1, 2]
o.attr: note("attr annotation")
lst[note(1)]: note("subscript annotation")
lst[note(0):note(2)]: note("slice annotation")
(name): note("parenthesised name annotation")
print(log)
log.clear()

def func():
    o.attr: note("never evaluated")
    lst[note(1)]: int
func()
print(log)

# the annotations dict keeps the order of CPython: args, positional-only, *args, keyword-only, **kw, return
def order(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6: pass
print(list(order.__annotations__))

import sys
print(sorted(k for k in sys.modules["__main__"].__dict__ if k == "__annotations__"))
print(__annotations__)
