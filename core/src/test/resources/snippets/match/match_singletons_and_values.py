# singleton and dotted value patterns
import sys
class Consts:
    LIMIT = 10
def f(v):
    match v:
        case None:
            return "None"
        case False:
            return "False"
        case Consts.LIMIT:
            return "limit"
        case sys.maxsize:
            return "maxsize"
        case 1.5 | 2.5:
            return "float"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case _:
            return "other"
print([f(v) for v in [None, False, 0, 10, sys.maxsize, 2.5, -1, 1 + 2j, "x"]])
