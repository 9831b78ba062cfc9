# PEP 563: under CO_FUTURE_ANNOTATIONS each annotation is stored as the text CPython's C unparser
# (Python/ast_unparse.c) makes of it. compile() is given the flag, so no __future__ import is needed.
CO_FUTURE_ANNOTATIONS = 0x1000000

EXPRS = [
    # names, attributes, subscripts
    "int", "a.b.c", "1 .real", "1.5.real", "(1).real", "True.real", "x[1]", "x[1][2]", "x[a, b]", "x[(a, b)]",
    "x[()]", "x[a,]", "x[1:2]", "x[1:2:3]", "x[::2]", "x[:]", "x[1:2, ::3]", "x[a][b:c][d, e:f]",
    "C[*Ts]", "C[int, *Ts]", "C[*tuple[int, ...]]", "x[y[z[0]]]", "x[-1]", "x[lambda: 1]",
    # constants
    "1", "-1", "1.0", "1e400", "-1e400", "1e400j", "1j", "2+3j", "0.1", "1e-10", "10**20", "0xff", "1_000",
    "'s'", '"s"', "'it''s'", "\"it's\"", "'a\"b'", "'a\\'b\"c'", "'\\n\\t'", "u'x'", "b'x'", "b'\\x00'",
    "r'\\d'", "'\\u00e9'", "...", "None", "True", "False", "'{}'",
    # operators of every precedence
    "a + b", "a - b - c", "a - (b - c)", "(a - b) - c", "a * b + c", "a * (b + c)", "a @ b", "a / b // c % d",
    "a ** b", "a ** b ** c", "(a ** b) ** c", "-a ** b", "(-a) ** b", "-(a ** b)", "-2 ** 3", "(-2) ** 3",
    "- -a", "-(-a)", "+a", "~a", "~-a", "not a", "not not a", "not (a and b)", "(not a) and b",
    "a << b >> c", "a & b | c ^ d", "a | (b & c)", "(a | b) & c", "a ^ (b | c)", "a and b or c",
    "a and (b or c)", "(a or b) and c", "a or b or c", "a < b < c", "a == b != c", "a is not b", "a not in b",
    "a in b", "a is b", "(a < b) < c", "a < (b < c)", "not a < b", "(not a) < b", "a + b < c * d",
    "a if b else c", "(a if b else c) if d else e", "a if (b if c else d) else e", "a if b else c if d else e",
    "(a, b)", "a, b", "()", "(a,)", "[a, b]", "[]", "{a, b}", "{a: b, **c}", "{}", "{**a}", "[*a, *b]",
    "(*a, b)", "{*a}",
    # lambdas
    "lambda: 1", "lambda x: x", "lambda x, y=1, *a, z, w=2, **k: 0", "lambda *a: a", "lambda *, a: a",
    "lambda **k: k", "lambda x, /, y: x", "lambda x=1, /: x", "(lambda: 1)()", "lambda: (yield)",
    "lambda: lambda: 1", "lambda x: x if x else y",
    # calls
    "f()", "f(a)", "f(a, b=1)", "f(*a, **k)", "f(x for x in y)", "f((x for x in y), z)", "f(a)(b)",
    "f(a=lambda: 1)", "f(*a or b)",
    # comprehensions
    "[x for x in y]", "[x for x in y if x if z]", "{x for x in y}", "{k: v for k, v in d.items()}",
    "(x for x in y)", "[x async for x in y]", "[x for x in (a if b else c)]", "[x for x, in y]",
    "[(x, y) for x in a for y in b]", "[x for x in lambda: y]", "[x for x in y if (lambda: 1)]",
    # f-strings
    "f'x'", "f'{x}'", "f'{x!r}'", "f'{x!s:>10}'", "f'{x!a}'", "f'{x:{w}.{p}}'", "f'{{x}}'", "f'{x}{{'",
    "f\"{x['a']}\"", "f'{ {1: 2}[1] }'", "f'{(lambda: 1)()}'", "f'{a if b else c}'", "f'{x,}'",
    "f'{x:%H:%M}'", "f'a' 'b'", "f'{x}' f'{y}'", "f'\\n{x}'", "f'{3.14:.2f}'", "f'{x=}'", "f'{x=!r:10}'",
    # named expressions, await-free starred and others
    "*a", "a[b:=1]", "x.y(z)[0].w", "a[1:2].b",
]

for src in EXPRS:
    code = "def f(p: %s): pass" % src
    try:
        ns = {}
        exec(compile(code, "<ann>", "exec", flags=CO_FUTURE_ANNOTATIONS), ns)
        print(repr(src), "->", repr(ns["f"].__annotations__["p"]))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)

# return annotations, *args/**kwargs, keyword-only and positional-only parameters
ns = {}
exec(compile("def g(a: int, /, b: 'str' = 1, *args: *Ts, c: list[int], **kw: dict) -> a or b: pass",
             "<ann>", "exec", flags=CO_FUTURE_ANNOTATIONS), ns)
print(ns["g"].__annotations__)
exec(compile("async def h(x: y) -> Awaitable[int]: pass", "<ann>", "exec", flags=CO_FUTURE_ANNOTATIONS), ns)
print(ns["h"].__annotations__)
