# defaults are evaluated when def runs
import sys
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]
def f(x=bump()):
    return x
print(f(), f(), counter)
def g(items=None):
    items = [] if items is None else items
    items.append(1)
    return items
print(g(), g(), g([0]))
