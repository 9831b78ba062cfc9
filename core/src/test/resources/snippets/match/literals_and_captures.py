# literal, capture, wildcard and value patterns
class Color:
    RED = "red"
def describe(x):
    match x:
        case 0:
            return "zero"
        case True:
            return "true"
        case None:
            return "none"
        case Color.RED:
            return "red"
        case str() as s if len(s) > 3:
            return "long string " + s
        case n:
            return "other " + repr(n)
for v in [0, True, None, "red", "hello", 42, 1]:
    print(describe(v))
