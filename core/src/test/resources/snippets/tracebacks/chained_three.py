# three chained exceptions
try:
    try:
        [].pop()
    except IndexError as e:
        raise KeyError("k") from e
except KeyError:
    raise ValueError("v")
