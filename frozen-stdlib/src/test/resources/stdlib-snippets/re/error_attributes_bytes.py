import re

for p in [b'x(?P<y', b'a\n(b']:
    try:
        re.compile(p)
    except re.error as e:
        print(e.msg, repr(e.pattern), e.pos, e.lineno, e.colno, str(e))

for p in [b'(?u)a', b'\\u1234', b'[\\w-]']:
    try:
        print('ok', p, re.compile(p).pattern)
    except re.error as e:
        print(p, '->', e)
