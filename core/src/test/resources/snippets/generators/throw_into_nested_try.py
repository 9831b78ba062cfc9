# throw() at a yield nested in try/except/else/finally blocks; handler order and chaining
def nested():
    try:
        try:
            yield "inner try"
        except KeyError as e:
            print("  inner except", e)
            yield "inner except"
            raise ValueError("converted") from e
        else:
            yield "inner else"
        finally:
            print("  inner finally")
    except ValueError as e:
        print("  outer except", e, "cause:", type(e.__cause__).__name__)
        yield "outer except"
    finally:
        print("  outer finally")
    yield "end"

g = nested()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g))
print(next(g, "exhausted"))

print("--- path without exceptions")
print(list(nested()))

def in_else():
    try:
        pass
    except Exception:
        yield "never"
    else:
        try:
            yield "in else"
        except ZeroDivisionError:
            yield "else caught"

e = in_else()
print(next(e), e.throw(ZeroDivisionError), next(e, "done"))
