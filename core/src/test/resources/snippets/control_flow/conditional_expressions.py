# conditional expressions and short-circuit evaluation
def t(x):
    print("eval", x)
    return x
print(t(1) or t(2), t(0) or t(3), t(1) and t(4), t(0) and t(5))
print("yes" if t([]) else "no", [] or {} or 0 or "last", None and 1)
x = 5
print("small" if x < 3 else "medium" if x < 10 else "large")
