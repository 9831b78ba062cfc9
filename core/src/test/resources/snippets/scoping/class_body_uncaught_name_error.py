# Uncaught NameError raised inside a class body nested in a function call
def build(kind):
    print("building", kind)
    class Config:
        name = kind
        limit = default_limit * 2
    return Config

default_limit = 4
cfg = build("small")
print(cfg.name, cfg.limit)

def build_twice():
    global default_limit
    first = build("first")
    del default_limit
    second = build("second")
    return first, second

class Wrapper:
    def run(self):
        return build_twice()

print("starting")
w = Wrapper()
w.run()
print("never printed")
