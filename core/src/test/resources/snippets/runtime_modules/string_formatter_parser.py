import _string
print(list(_string.formatter_parser('a{{b}}c{0!r:>{w}}d{x.y[1]}')))
print(list(_string.formatter_parser('')), list(_string.formatter_parser('{}')), list(_string.formatter_parser('x')))
f, rest = _string.formatter_field_name_split('a.b[0][x].c'); print(f, list(rest))
f, rest = _string.formatter_field_name_split('0.b'); print(repr(f), list(rest))
f, rest = _string.formatter_field_name_split(''); print(repr(f), list(rest))
print('{:{}}'.format('a', 5) + '|', '{0:{1}}'.format(3, '>4'), '{!r:>{}}'.format('q', 6))
for bad in ['{', '}', 'a{0!}', '{0!x}', '{0!r x}', '{a.}', '{a[}']:
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print(bad, e)
try:
    _string.formatter_parser(1)
except TypeError as e:
    print(e)
for bad in ['{0!}', '{a[}', '{0:{}', 'x{', 'x}', '{{}}', '{0!r}', '{!s:}', '{a{b}', '{0[}]}', '}}{{', '{0:}}']:
    try:
        print(bad, list(_string.formatter_parser(bad)))
    except ValueError as e:
        print(bad, e)
    try:
        print(bad.format(1, a=2))
    except Exception as e:
        print(type(e).__name__, e)
