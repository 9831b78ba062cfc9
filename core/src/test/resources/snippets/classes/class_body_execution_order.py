# A class body runs top to bottom when the class statement executes
print("before class")

def note(msg, value=None):
    print("  body:", msg)
    return value

class Config:
    note("start of body")
    a = note("define a", 1)
    b = note("define b from a", a + 1)

    def method(self):
        note("method runs only when called")
        return self.b

    note("after method definition")
    if a > 0:
        positive = True
    else:
        negative = True
    for i in range(2):
        note(f"loop {i}")
    del i
    try:
        missing
    except NameError:
        note("NameError handled inside class body")
    names = sorted(k for k in locals() if not k.startswith("__"))

print("after class")
print(Config.names)
print(Config().method())
print(hasattr(Config, "positive"), hasattr(Config, "negative"), hasattr(Config, "i"))

def build(n):
    class Dynamic:
        size = n
        note(f"building Dynamic with size {n}")
    return Dynamic

x, y = build(1), build(2)
print(x.size, y.size, x is y, x.__name__ == y.__name__)
