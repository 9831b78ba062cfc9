# replace and strip variants
s = "..hello..world.."
print(s.strip("."), s.lstrip("."), s.rstrip("."), s.replace("..", "-"), s.replace(".", "", 3), s.replace("", "|")[:8])
print("  x  ".strip(), "\t x \n".strip(), "xxyxx".strip("x"), "abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removesuffix("x"))
