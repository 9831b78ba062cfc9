# __enter__/__exit__ and exception suppression
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.suppress
with CM(False) as c:
    print("body", c.suppress)
with CM(True):
    raise ValueError("hidden")
print("after")
try:
    with CM(False):
        raise KeyError("k")
except KeyError as e:
    print("escaped", repr(e))
