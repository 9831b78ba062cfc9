import re

a = re.compile('a+b')
b = re.compile('a+b', re.M)
c = re.compile(b'a+b')
d = re.compile('(?:a+b)')
print(a == re.compile('a+b'), a == b, a != b, a == c, a == d, a == 'a+b', a != 'x')
print(hash(a) == hash(re.compile('a+b')), {a: 1}[re.compile('a+b')])

for op in ['<', '<=', '>']:
    try:
        eval('a ' + op + ' a')
    except TypeError as e:
        print(e)
m = a.match('ab')
print(m == m, m == a.match('ab'))
