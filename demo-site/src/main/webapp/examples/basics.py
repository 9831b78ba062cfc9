# Basics: variables, f-strings, loops, comprehensions, match
names = ["Ada", "Grace", "Guido"]
for i, name in enumerate(names, start=1):
    print(f"{i}. Hello, {name}! ({len(name)} letters)")

squares = [n * n for n in range(10)]
print("squares:", squares)
print("even squares:", [s for s in squares if s % 2 == 0])
print("sum:", sum(squares), "max:", max(squares))

word_lengths = {name: len(name) for name in names}
print(word_lengths)


def describe(value):
    match value:
        case int(n) if n < 0:
            return "a negative int"
        case int() | float():
            return "a number"
        case [first, *rest]:
            return f"a list starting with {first!r} and {len(rest)} more"
        case {"name": str(who)}:
            return f"a record about {who}"
        case _:
            return "something else"


for v in [-3, 2.5, ["a", "b", "c"], {"name": "Ada"}, None]:
    print(repr(v), "is", describe(v))
print(2 ** 100, 7 / 2, 7 // 2, round(2.675, 2))
