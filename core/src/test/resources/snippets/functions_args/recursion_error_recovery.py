# RecursionError is catchable and the interpreter recovers afterwards
import sys

def infinite(n):
    return infinite(n + 1)

def depth_probe(n):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))

reached = depth_probe(0)
print(100 < reached < 200)

def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)

print(bounded(150))
try:
    bounded(500)
except RecursionError as e:
    print("bounded(500) failed:", type(e).__name__)

sys.setrecursionlimit(old)
print(bounded(500))
print(sys.getrecursionlimit() == old)

def mutual_a(n):
    return mutual_b(n)

def mutual_b(n):
    return mutual_a(n)

sys.setrecursionlimit(300)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion stopped")
sys.setrecursionlimit(old)
