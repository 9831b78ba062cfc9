# mapping patterns use get and ignore extra keys
class M(dict):
    pass
def f(m):
    match m:
        case {"a": 1, "b": b}:
            return f"ab {b}"
        case {"a": a}:
            return f"a {a}"
    return "none"
print(f({"a": 1, "b": 2, "c": 3}), f(M(a=5)), f({"b": 1}), f([("a", 1)]))
