# with statement: __enter__ result, __exit__ arguments, ordering with multiple managers
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  enter {self.name}")
        return f"{self.name}-resource"
    def __exit__(self, exc_type, exc, tb):
        info = (exc_type.__name__, str(exc), tb is not None) if exc_type else None
        print(f"  exit {self.name}: {info}")
        return False

with CM("a") as r:
    print("  body got", r)

with CM("outer") as o, CM("inner") as i:
    print("  body", o, i)

try:
    with CM("failing"):
        raise ValueError("oops")
except ValueError as e:
    print("caught after exit:", e)

with CM("no-as"):
    pass

class ReturnsSelf:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("  exit args:", args)

with ReturnsSelf() as rs:
    print("  same object:", isinstance(rs, ReturnsSelf))

with (CM("p1") as x,
      CM("p2") as y):
    print("  parenthesized", x, y)

try:
    with CM("first"), CM("second"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

class NotCM:
    pass

try:
    with NotCM():
        pass
except TypeError as e:
    print(type(e).__name__, e)
