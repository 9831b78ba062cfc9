import re

p = re.compile(r'\d+|x')
sc = p.scanner('12x 34')
print(type(sc).__name__, type(sc).__module__, sc.pattern is p)
print(sc.match(), sc.match(), sc.match(), sc.match(), sc.match())
sc = p.scanner('a12x 34', 1)
print([m.group() if m else m for m in [sc.search(), sc.search(), sc.search(), sc.search(), sc.search()]])
sc = re.compile(r'a*').scanner('baac')
print([sc.search() for _ in range(6)])
try:
    sc.pattern = None
except AttributeError as e:
    print(e)
