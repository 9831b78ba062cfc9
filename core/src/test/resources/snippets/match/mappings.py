# mapping patterns with **rest
def f(x):
    match x:
        case {"type": "point", "x": x0, "y": y0}:
            return ("point", x0, y0)
        case {"type": t, **rest}:
            return ("other", t, sorted(rest.items()))
        case {}:
            return "empty-ish"
    return "nomatch"
print(f({"type": "point", "x": 1, "y": 2}))
print(f({"type": "circle", "r": 3, "c": 0}))
print(f({"z": 1}), f(3))
