import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?: (?P<extra>\w+))?', 'Jane Doe')
print(m.group('first'), m.group('last'), m.group('extra'))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(default=0))
print(m['first'], m[1], m[2], m[3], m[0])
print(m.group(1, 'last', 0))
p = re.compile(r'(a)(b)?(c)')
print(p.groups, p.groupindex, re.compile(r'(?P<x>a)(?P<y>b)').groupindex)
print(dict(re.compile(r'(?P<x>a)|(?P<y>b)').groupindex), len(p.groupindex))
m = p.match('ac')
print(m.groups(), m.groups(default='none'), m.group(2), m.span(2))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 'abcdefghijk').group(11, 10, 1))
try:
    p.groupindex['z'] = 1
except TypeError as e:
    print(type(e).__name__, e)
