import re

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('ID', tok)),
    (r'\d+\.\d*', lambda s, tok: ('FLOAT', float(tok))),
    (r'\d+', lambda s, tok: ('INT', int(tok))),
    (r'=|\+|-|\*|/', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3 + 4.5 * y2'))
print(scanner.scan('a = 1 $ b'))
s2 = re.Scanner([(r'a', 'A'), (r'b', lambda sc, t: sc.match.span())])
print(s2.scan('abab!'))
