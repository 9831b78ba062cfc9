# when no case matches nothing happens and captures from the subject stay unbound
def f(v):
    match v:
        case [x, y]:
            return x + y
        case {"k": x}:
            return x
    return "no match"
print(f([1, 2]), f({"k": 5}), f(3), f([1, 2, 3]), f({"j": 1}))
