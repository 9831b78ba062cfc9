# _tokenize.TokenizerIter: the 3.11 C tokenizer as an iterator (exact types, NEWLINE text, -1 columns)
import _tokenize
srcs = ['a = f"x{1}"  # c\nif x:\n  pass\n', 'a  \n# x\n\n  # y\nb # z  \n', 'if x:\n  a\n', 'x = (1,\n  2)  # q\n',
        's = """ab\ncd""" + 1\n', 'a = 1 + \\\n  2\n', 'é = "é"  # ü\n', 'x', 'a\r\nb\r\n', 'print(f"{a!r:>{w}}")',
        '\n\n', '', 'if x:\n  a\n\n', '(1+2', '(1+2]', ']', '0b2', "'abc", '\xa0', '1_', 'if x:\n    a\n  b\n',
        '  a\n', 'a\n  b\n', '\tif x:\n        a\n', 'def f(a, *, b=1) -> int:\n    return a @ b\n',
        'async def g():\n    await x\n', "'''sdfsdf''", '€', '1e+', '0o18', "a = '''\nb\n'''\n"]
for src in srcs:
    print(repr(src))
    try:
        for t in _tokenize.TokenizerIter(src):
            print('  ', t)
    except SyntaxError as e:
        print('  ', type(e).__name__, e.args)
code = "\ndef fib(n):\n    \\\n'''Print a Fibonacci series up to n.'''\n    \\\na, b = 0, 1\n"
for code in [code, "if x:\n    y = 1\n    \\\n        \\\n    foo = 1\n", "if x:\n  a\n\\\n  b\n", "a = 1 + \\\n  \\\n 2\n"]:
    for t in _tokenize.TokenizerIter(code):
        print('  ', t)
T = _tokenize.TokenizerIter
print(T.__module__, T.__name__, iter(T('x')).__class__.__name__)
for bad in [(), (1,)]:
    try:
        T(*bad)
    except TypeError as e:
        print(type(e).__name__)
try:
    class S(T): pass
except TypeError as e:
    print(e)
