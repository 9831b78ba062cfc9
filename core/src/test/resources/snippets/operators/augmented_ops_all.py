# every augmented operator on ints
x = 100
for op, v in [("+=", 5), ("-=", 3), ("*=", 2), ("//=", 7), ("%=", 9), ("**=", 3), ("<<=", 2), (">>=", 1), ("&=", 0xFF), ("|=", 1), ("^=", 3)]:
    ns = {"x": x}
    exec(f"x {op} {v}", ns)
    x = ns["x"]
    print(op, x)
y = 7.5
y /= 2
print(y)
