# PEP 563 flag: variable annotations, inheritance by exec/eval/compile, co_flags, errors.
CO_FUTURE_ANNOTATIONS = 0x1000000

src = '''
x: List[int] = []
y: "quoted"
z: (a + b) * c
obj.attr: undefined_name
lst[0]: undefined_name
class C:
    v: Dict[str, int]
    __private: int
    w: int = 5
    def m(self, q: C) -> C:
        local: undefined_name = 1
        return local
print(__annotations__)
print(C.__annotations__)
print(C.m.__annotations__)
print(C().m(None))
'''
ns = {"obj": type("O", (), {})(), "lst": [0]}
exec(compile(src, "<mod>", "exec", flags=CO_FUTURE_ANNOTATIONS), ns)

co = compile("def f(): pass", "<f>", "exec", flags=CO_FUTURE_ANNOTATIONS)
print(hex(co.co_flags), hex(co.co_consts[0].co_flags))
co = compile("def f(): pass", "<f>", "exec")
print(hex(co.co_flags), hex(co.co_consts[0].co_flags))

# code compiled with the flag passes it on to compile(), exec() and eval() of source text
inner = '''
def run():
    d = {}
    exec("def g(a: int): pass", d)
    print("exec", d["g"].__annotations__)
    f = eval("lambda: None")
    print("eval", hex(f.__code__.co_flags & CO_FUTURE_ANNOTATIONS))
    c = compile("x: int", "<c>", "exec")
    print("compile", hex(c.co_flags & CO_FUTURE_ANNOTATIONS))
    c = compile("x: int", "<c>", "exec", dont_inherit=True)
    print("dont_inherit", hex(c.co_flags & CO_FUTURE_ANNOTATIONS))
    d = {}
    exec(c, d)
    print(d["__annotations__"])
run()
'''
exec(compile(inner, "<inner>", "exec", flags=CO_FUTURE_ANNOTATIONS), {"CO_FUTURE_ANNOTATIONS": CO_FUTURE_ANNOTATIONS})
# without the flag nothing is inherited
exec(inner, {"CO_FUTURE_ANNOTATIONS": CO_FUTURE_ANNOTATIONS})

# errors: yield, await and := have no place in a PEP 563 annotation
for s in ["def g(a: (yield)): pass", "def g(a: (x := 1)): pass", "async def g(a: await x): pass",
          "def g(a: (yield from x)): pass", "x: (yield) = 1", "def g() -> (yield): pass",
          "class A:\n    x: (y := 1)", "def f():\n    x: (yield)", "def f():\n    x.y: (yield)",
          "def g(a: lambda: (yield)): pass", "def g(a: [(yield) for i in z]): pass",
          "def g(a: lambda: (y := 1)): pass", "def g(a: [i for i in z]): pass"]:
    try:
        co = compile(s, "<s>", "exec", flags=CO_FUTURE_ANNOTATIONS)
        print("ok", hex(co.co_flags))
    except SyntaxError as e:
        print(type(e).__name__, e)

# names only used in annotations do not become cells of the enclosing function
co = compile('''
def outer():
    x = 1
    def inner(a: x): pass
    y: x = 2
    return inner
''', "<o>", "exec", flags=CO_FUTURE_ANNOTATIONS)
outer = co.co_consts[0]
print(outer.co_cellvars, outer.co_varnames)
