"""Compile-time warnings (SyntaxWarning, DeprecationWarning) and their promotion to SyntaxError
when the warnings filters make them errors (CPython: compiler_warn, parser_warn)."""
import warnings

SOURCES = [
    "0xfor x", "1if x else y", "0o7and x", "1jor x", "x if 1.else y", "[0x1for x in ()]",
    r'"\d"', r'b"\d"', r'"\777"',
    "assert(x, 1)", "assert (x, 'msg')", "assert x, 'msg'",
    "x is 1", "x is not 'a'", "1 is x", "x is None", "x is ...", "x is y is ()",
    "[(1, 2) (3, 4)]", "[[1, 2] (3, 4)]", "[f'{x}' (3, 4)]", "[None (3, 4)]", "[... (3, 4)]", "[123 (3, 4)]",
    "[{1, 2} [i, j]]", "[(lambda x: x) [i]]", "[12.3j [i, j]]", "[True [i]]",
    "[(1, 2) [i, j]]", "['abc' [i, j]]", "[[1, 2] [{3: 4}]]", "[[1, 2] [(i for i in x)]]", "[[1, 2] [1:2]]",
    "[[1, 2] [True]]", "[[1, 2] [b'x']]", "x[1](2)", "(1, 2)[0]",
]

for src in SOURCES:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<w>", "exec")
        except SyntaxError as e:
            print(repr(src), "SyntaxError", e.msg)
    print(repr(src), [(x.category.__name__, str(x.message), x.lineno) for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("error")
        try:
            compile(src, "<w>", "exec")
            print("  compiled")
        except SyntaxError as e:
            print("  ", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    print("  leaked", w)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    eval("x is 1", {"x": 2})
print([str(x.message) for x in w])
