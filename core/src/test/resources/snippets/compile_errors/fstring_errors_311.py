# 3.11's f-string error messages (CPython: Parser/string_parser.c fstring_find_expr, whose expression is
# compiled "(" + text + ")" by a sub-parser that prefixes "f-string: ").
cases = ["f'{!r}'", "f'{:x}'", "f'{=}'", "f'{!}'", "f'{}'", "f'{ }'", "f'{3! s}'", "f'{3!s }'", "f'{3!ss}'",
         "f'{3!gg}'", "f'{3!g}'", "f'{3!}'", "f'{3!s:}'", "f'{3!r:>5}'", "f'{lambda x:x}'", "f'{lambda: 1}'",
         "f'{(lambda x: x)(1)}'", "f'{((}'", "f'{(}'", "f'{[)}'", "f'{\"x'", "f'{*a}'", "f'{*a, b}'",
         "f'{**a}'", "f'{a!r=}'"]
for s in cases:
    try:
        compile(s, '<string>', 'eval')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e)
a = [1, 2]
b = 3
print(f'{*a, b}', f'{3!s:}', f'{3!r:>5}', f'{(lambda x: x)(1)}')
