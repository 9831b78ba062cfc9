# class patterns with builtin types capture the subject
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative {i}"
        case int(i):
            return f"int {i}"
        case str(s):
            return f"str {s!r}"
        case [int(a), int(b)]:
            return f"pair {a + b}"
        case {"k": str(s)}:
            return f"dict {s}"
        case _:
            return "other"
for v in [True, -3, 7, "x", [1, 2], {"k": "v"}, [1, "a"], 2.0]:
    print(kind(v))
