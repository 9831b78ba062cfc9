# Ways to freeze a loop value: default args, factory functions, nested scopes
def with_defaults():
    return [lambda x=i: x for i in range(3)]

def with_factory():
    def make(v):
        return lambda: v
    return [make(i) for i in range(3)]

def with_immediate_call():
    return [(lambda v: (lambda: v * v))(i) for i in range(4)]

print([f() for f in with_defaults()])
print([f() for f in with_factory()])
print([f() for f in with_immediate_call()])

fs = with_defaults()
print(fs[1](), fs[1](100))

def factory_with_kwonly():
    return [lambda *, tag=t: tag.upper() for t in ("a", "b")]

print([f() for f in factory_with_kwonly()])

def generator_capture():
    for i in range(3):
        yield lambda: i

gen_fs = []
for f in generator_capture():
    gen_fs.append(f)
    print("immediately:", f())
print("afterwards:", [f() for f in gen_fs])

lazy = [f() for f in generator_capture()]
print("consumed lazily:", lazy)
