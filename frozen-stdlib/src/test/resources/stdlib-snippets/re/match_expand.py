import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)( x)?', 'Ada Lovelace')
print(m.expand(r'\2, \1'), m.expand(r'\g<last> \g<first>'), m.expand(r'[\g<0>]'), repr(m.expand(r'\3')))
print(repr(m.expand(r'a\tb\n')), m.expand('plain'))
for t in [r'\4', r'\g<nope>', r'\g<', 1, b'x']:
    try:
        print(m.expand(t))
    except Exception as e:
        print(type(e).__name__, e)
