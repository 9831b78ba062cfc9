# the first matching except clause wins
def classify(e):
    try:
        raise e
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arith"
    except Exception:
        return "other"
print([classify(x) for x in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError()]])
