# star patterns in different positions
def f(s):
    match s:
        case [*_, last] if last == 0:
            return "ends in zero"
        case [first, *mid, last]:
            return (first, mid, last)
        case [*all_items]:
            return ("all", all_items)
for s in [[1, 0], [1, 2, 3, 4], [9], []]:
    print(f(s))
