# raise ... from ... prints both tracebacks
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config") from e
print(parse("12"))
parse("zz")
