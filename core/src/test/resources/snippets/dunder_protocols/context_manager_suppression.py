# __exit__ returning a truthy value suppresses the exception; selective suppression by type
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print(f"  suppressed {exc_type.__name__}: {exc}")
            self.caught = exc
            return True
        return None

with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after with, caught:", repr(s.caught))

try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", type(e).__name__, e)

with Suppress(LookupError):
    [][5]

class TruthyExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string is truthy"

with TruthyExit():
    raise RuntimeError("swallowed")
print("RuntimeError swallowed by truthy return")

class FalsyExit(TruthyExit):
    def __exit__(self, *a):
        return 0

try:
    with FalsyExit():
        raise RuntimeError("propagates")
except RuntimeError as e:
    print("propagated:", e)

def inner():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "function continued after suppression"

print(inner())
for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError(f"iteration {i}")
        print("  iteration", i)
