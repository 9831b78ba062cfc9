import re

m = re.match(r'(a)(?P<n>b)', 'ab')
for g in [0, 1, 2, 'n', True, False, -1, 3, 'x', 1.0, [], None, 2**70, b'n']:
    try:
        print(repr(g), m.group(g), m.start(g), m.end(g), m.span(g))
    except Exception as e:
        print(repr(g), type(e).__name__, e)
for g in [3, 'zz']:
    try:
        m[g]
    except IndexError as e:
        print('getitem', type(e).__name__, e)
try:
    m.group(1, 5)
except IndexError as e:
    print('multi', e)
try:
    m.start(0, 1)
except TypeError as e:
    print(type(e).__name__, e)
