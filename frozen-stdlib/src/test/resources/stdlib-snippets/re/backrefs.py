import re

print(re.search(r'(\w)\1', 'abccd'), re.search(r'(?P<c>\w)(?P=c)', 'xyyz'))
print(re.findall(r'(\w+) \1', 'the the cat cat dog'))
print(re.match(r'(?i)(ab)\1', 'abAB'), re.match(r'(ab)\1', 'abAB'))
print(re.match(r'(a)?b\1', 'b'), re.match(r'(a)|b\1', 'b'))
print(re.match(r'(a*)\1', 'aaaa').group(1), re.match(r'(a*?)\1$', 'aaaa').group(1))
print(re.match(r'(?i)(\w)\1', 'ǅǆ'), re.match(r'(?i)(σ)\1\1', 'σΣς'))
print(re.match(rb'(?i)(\w)\1', b'aA'), re.match(r'(?a)(?i)(\w)\1', 'kK'))
print(re.sub(r'(\w)\1', r'<\1\1>', 'aabbcd'))
for bad in [r'(a)\2', r'\1(a)', r'(?P=nope)', r'(?P<x>a)(?P=x', r'(a)(?P=1)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e)
