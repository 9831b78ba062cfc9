# Keyword-only parameters after * and after *args, with and without defaults
def bare_star(a, *, flag=False, mode):
    return a, flag, mode

def after_args(*items, sep=", ", end="."):
    return sep.join(str(i) for i in items) + end

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

attempt(bare_star, 1, mode="m")
attempt(bare_star, 1, mode="m", flag=True)
attempt(bare_star, 1, "m")
attempt(bare_star, 1)
attempt(after_args, 1, 2, 3)
attempt(after_args, 1, 2, 3, sep="-", end="!")
attempt(after_args)
attempt(after_args, "a", "b", ", ")

def required_kw_no_default(*, x, y):
    return x - y

attempt(required_kw_no_default, y=1, x=10)
attempt(required_kw_no_default, 10, 1)
attempt(required_kw_no_default)

def kw_default_reference(*, values=[]):
    values.append(len(values))
    return values

print(kw_default_reference(), kw_default_reference(), kw_default_reference(values=[]))
print(kw_default_reference.__kwdefaults__)
kw_default_reference.__kwdefaults__ = {"values": ["fresh"]}
print(kw_default_reference())

class Config:
    def __init__(self, *, host="localhost", port):
        self.address = f"{host}:{port}"

print(Config(port=80).address)
attempt(Config, "h", 80)
