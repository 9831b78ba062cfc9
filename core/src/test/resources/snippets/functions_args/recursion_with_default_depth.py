# default recursion limit and recovering after RecursionError
import sys
print(sys.getrecursionlimit())
def deep(n):
    return deep(n + 1) if n < 10 ** 6 else n
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
