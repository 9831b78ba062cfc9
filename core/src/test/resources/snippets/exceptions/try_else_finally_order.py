# the order of try, else and finally
def f(fail):
    out = []
    try:
        out.append("try")
        if fail:
            raise Exception
    except Exception:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(f(False), f(True))
