# A hand-written @contextmanager: a generator drives __enter__/__exit__ (throw on errors)
def contextmanager(fn):
    class Manager:
        def __init__(self, *args, **kwargs):
            self.gen = fn(*args, **kwargs)
        def __enter__(self):
            return next(self.gen)
        def __exit__(self, exc_type, exc, tb):
            if exc_type is None:
                try:
                    next(self.gen)
                except StopIteration:
                    return False
                raise RuntimeError("generator didn't stop")
            try:
                self.gen.throw(exc)
            except StopIteration:
                return True
            except BaseException as raised:
                if raised is exc:
                    return False
                raise
            raise RuntimeError("generator didn't stop after throw()")
    return Manager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  {name} swallowed KeyError {e}")
    finally:
        print(f"</{name}>")

with tag("a") as value:
    print("  body sees", value)
with tag("b"):
    raise KeyError("handled inside generator")
print("continued after b")
try:
    with tag("c"):
        raise ValueError("not handled")
except ValueError as e:
    print("propagated:", e)
with tag("outer"), tag("inner"):
    print("  nested body")
