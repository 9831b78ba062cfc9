# guards that fail fall through to later cases
def f(p):
    match p:
        case (x, y) if x > y:
            return "desc"
        case (x, y) if x < y:
            return "asc"
        case (x, _):
            return f"flat {x}"
print(f((3, 1)), f((1, 3)), f((2, 2)), f("ab"), f([5, 5]))
