# inf and nan behave as in CPython
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, 1 / inf, nan == nan, nan != nan, inf > 1e308)
print(float("-inf") < 0, abs(-inf), min(1, nan), max(nan, 1), str(nan), repr(-nan))
import sys
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1)
