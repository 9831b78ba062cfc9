# sequence patterns with star
def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case _:
            return "no"
for v in [[], [1], (1, 2), [1, 2, 3, 4], "ab", 5]:
    print(f(v))
