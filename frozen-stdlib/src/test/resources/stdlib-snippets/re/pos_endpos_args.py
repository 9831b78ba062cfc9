import re

p = re.compile(r'\w+')
s = 'one two three'
for pos, endpos in [(0, 100), (4, 7), (4, 3), (-5, 5), (20, 30), (0, -1), (3, 2**40)]:
    print(pos, endpos, p.search(s, pos, endpos), p.match(s, pos, endpos), p.findall(s, pos, endpos))
print(re.compile('^two').search(s, 4), re.compile('two$').search(s, 0, 7))
print(re.compile(r'\btwo').search(s, 5), re.compile(r'(?m)^t').findall(s, 1))
print(p.match(s, pos=4), p.match(s, endpos=2), p.fullmatch(s, 4, 7), p.fullmatch(s, 4, 8))
print(p.search(string=s, pos=8), list(p.finditer(s, 4)), list(p.finditer(s, endpos=3)))
for args in [('x', 'a'), ('x', 1.5), ('x', 0, '9'), ('x', 2**70)]:
    try:
        p.match(*args)
    except Exception as e:
        print(type(e).__name__, e)
