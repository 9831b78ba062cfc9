# f-string conversions, nesting and expressions
name = "world"
width = 10
print(f"{name!r:>{width}}|{name.upper()}|{len(name) * 2}|{'x' if name else 'y'}|{3 + 4 = }")
d = {"k": [1, 2]}
print(f"{d['k'][1]}|{d!s}|{{literal}}|{name:.3}|{12345:,}|{0.25:.1%}")
