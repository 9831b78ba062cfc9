# Compile-time errors of CPython's compiler and symbol table: __debug__ bindings, repeated keyword
# arguments, 'yield' inside comprehensions. Messages and locations must match.
SOURCES = [
    "__debug__ = 1", "def f(__debug__): pass", "def f(*, __debug__=1): pass", "def f(*__debug__): pass",
    "def f(**__debug__): pass", "def f(a, /, __debug__): pass", "del __debug__", "x.__debug__ = 1",
    "del x.__debug__", "import __debug__", "import a as __debug__", "from a import __debug__",
    "for __debug__ in x: pass", "lambda __debug__: 1", "f(__debug__=1)", "(__debug__ := 1)",
    "class __debug__: pass", "def __debug__(): pass", "async def __debug__(): pass", "__debug__: int",
    "x.__debug__: int", "with a as __debug__: pass", "global __debug__", "try:\n  pass\nexcept E as __debug__:\n  pass",
    "x = __debug__", "print(x.__debug__)", "match x:\n  case __debug__: pass", "match x:\n  case [*__debug__]: pass",
    "f(x=1, x=2)", "f(1, x=2, *(3,4), x=5)", "f(x=1, **k, x=2)", "f(*a, x=1, x=2)", "class A(x=1, x=2): pass",
    "o.m(x=1, *a, x=2)", "f(x=1, y=2, x=3, y=4)", "f(True=1)",
    "def f():\n  [(yield) for i in z]", "def f():\n  {(yield x): 1 for i in z}", "def f():\n  ((yield) for i in z)",
    "def f():\n  [i for i in (yield)]", "def f():\n  {(yield from x) for i in z}", "def f():\n  [[(yield) for j in i] for i in z]",
    "async def f():\n  [(await x) for i in z]",
]
for s in SOURCES:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

def g(**kw):
    return sorted(kw)
print(g(a=1, **{"b": 2}))
