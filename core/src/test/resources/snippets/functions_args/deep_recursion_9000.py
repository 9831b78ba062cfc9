# a 9000-deep recursion works after raising the recursion limit
import sys
sys.setrecursionlimit(10000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(9000))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(3000)
print(len(x))
