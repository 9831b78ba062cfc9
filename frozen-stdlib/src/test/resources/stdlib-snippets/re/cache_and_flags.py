import re

p = re.compile('abc')
print(re.compile('abc') is p, re.compile(p) is p, re.compile('abc', re.I) is p)
re.purge()
print(re.compile('abc') is p, re.compile('abc') == p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.match(p, 'abc', re.M)
except ValueError as e:
    print(type(e).__name__, e)
print(re.match(p, 'abcd'), re.search(p, 'xabc').span(), re.findall(p, 'abcabc'))
print(re.compile('x', re.RegexFlag(2)).flags, re.compile('(?s)(?m)x').flags, re.compile('(?i:x)y').flags)
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'), re.match('(?-i:a)b', 'aB', re.I), re.match('(?-i:a)b', 'AB', re.I))
