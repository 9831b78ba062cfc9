# __exit__ runs on return, break, continue, and exceptions; return values and finally interplay
class Log:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print(f"  enter {self.tag}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"  exit {self.tag} ({exc_type.__name__ if exc_type else 'clean'})")

def early_return():
    with Log("return"):
        return "returned value"
    return "unreachable"

print(early_return())

for i in range(3):
    with Log(f"loop {i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop finished at", i)

def nested_returns():
    with Log("outer"):
        try:
            with Log("inner"):
                return "from inner"
        finally:
            print("  finally between managers")

print(nested_returns())

def generator_with():
    with Log("gen"):
        yield 1
        yield 2

g = generator_with()
print(next(g))
print(next(g))
print(next(g, "exhausted"))

class OverrideReturn:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True

def suppressed_return():
    with OverrideReturn():
        raise ValueError
    return "after suppressed exception"

print(suppressed_return())
