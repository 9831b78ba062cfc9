import re

m = re.search(r'(x)?(y)(z*)', 'aaay')
print(m.span(), m.span(1), m.span(2), m.span(3), m.start(1), m.end(1), m.start(3), m.end(3))
m = re.search(r'(?P<w>\w+)\s*$', 'tail   words  ')
print(m.start('w'), m.end('w'), m.span('w'), m.start(), m.end())
for m in re.finditer(r'(a)|(b)', 'xaby'):
    print(m.span(), m.span(1), m.span(2))
