import re

p = re.compile(r'''
    (?P<year>\d{4})   # year
    -                 # separator
    (?P<month>\d\d)   # month
    \ x [ ]           # escaped space and class space
''', re.VERBOSE)
print(p.match('2024-05 x ').groupdict())
print(re.match(r'(?x) a b c # comment', 'abc'))
print(re.match(r'(?x)[ a b ]+', 'ab ba'))
print(re.match(r'(?x)a\#b', 'a#b'))
print(re.compile('(?x) a', re.I))
