import re

p = re.compile('a')
m = p.match('a')
it = p.finditer('a')
sc = p.scanner('a')
for o in [p, m, it, sc]:
    t = type(o)
    print(t.__name__, t.__qualname__, t.__module__, repr(t))
print(p.match.__name__, type(re.Pattern.match).__name__)
print(sorted(n for n in dir(p) if not n.startswith('_')))
print(sorted(n for n in dir(m) if not n.startswith('_')))
print(sorted(n for n in dir(sc) if not n.startswith('_')))
print(hasattr(p, '__dict__'), hasattr(m, '__dict__'))
