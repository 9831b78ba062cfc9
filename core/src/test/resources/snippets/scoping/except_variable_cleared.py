# The name bound by 'except ... as e' is deleted when the handler ends
e = "outer value"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", type(e).__name__, e)

try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def in_function():
    err = "before"
    try:
        raise ValueError("boom")
    except ValueError as err:
        saved = err
    try:
        return err
    except UnboundLocalError as u:
        return f"{type(u).__name__}: {u}; saved={saved!r}"

print(in_function())

def keep_reference():
    kept = None
    try:
        raise KeyError("k")
    except KeyError as exc:
        kept = exc
    return repr(kept), "exc" in locals()

print(keep_reference())

def nested_handlers():
    try:
        raise TypeError("outer")
    except TypeError as x:
        try:
            raise ValueError("inner")
        except ValueError as x:
            pass
        return "x" in locals()

print(nested_handlers())
