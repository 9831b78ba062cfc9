# match-case capture patterns bind names in the enclosing function scope
def describe(obj):
    match obj:
        case [first, *rest]:
            result = f"seq first={first} rest={rest}"
        case {"k": value}:
            result = f"map value={value}"
        case int(n) if n > 10:
            result = f"big int {n}"
        case other:
            result = f"other {other!r}"
    return result, sorted(k for k in locals() if k != "obj")

print(describe([1, 2, 3]))
print(describe({"k": 5}))
print(describe(42))
print(describe(3))

def partial_bind(x):
    # the guard fails but the capture already happened
    match x:
        case (a, b) if a > b:
            return "ordered"
        case _:
            pass
    return a, b

print(partial_bind((1, 2)))

total = 0
def accumulate(points):
    global total
    for p in points:
        match p:
            case (total, 0):
                pass
    return total

print(accumulate([(1, 0), (5, 1), (7, 0)]), total)
