# notes and a context chain together
try:
    int("x")
except ValueError as e:
    err = KeyError("lookup failed")
    err.add_note("note one")
    raise err
