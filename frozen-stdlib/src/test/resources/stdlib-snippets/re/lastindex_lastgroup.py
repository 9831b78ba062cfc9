import re

for pat, s in [(r'(a)(b)', 'ab'), (r'(?P<x>a)(?P<y>b)?', 'a'), (r'(?P<x>a)(?P<y>b)?', 'ab'), (r'a', 'a'),
               (r'((a)(b))', 'ab'), (r'(?P<o>(?P<i>a))', 'a'), (r'(a)|(b)', 'b'), (r'(?:(a)|b)*', 'ab'),
               (r'(a)(?:x)', 'ax'), (r'(?P<n>a)+', 'aaa')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup)
