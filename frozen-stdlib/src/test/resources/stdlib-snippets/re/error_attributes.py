import re

for p in ['abc(', 'a\nb\n(c', 'ab[', '(?x)\n  a\n  )']:
    try:
        re.compile(p)
    except re.error as e:
        print(type(e).__module__, type(e).__name__, e.msg, repr(e.pattern), e.pos, e.lineno, e.colno)
        print(' ', str(e))
print(re.error is re.error, issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
e = re.error('plain')
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e))
try:
    re.sub('(a)', r'\g<2>', 'a')
except re.error as e:
    print(e.msg, e.pos, e.pattern)
