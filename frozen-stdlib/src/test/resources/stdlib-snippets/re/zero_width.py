import re

print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'', '-', ''), re.sub(r'x*', '-', 'abxd'), re.sub(r'x*?', '-', 'ax'))
print(re.split(r'\b', 'a b'), re.split(r'(?=\w)', 'ab'), re.split(r'x*', ''), re.split(r'(x*)', 'axb'))
print(re.findall(r'\b|a', 'a'), re.findall(r'a*|b', 'aabb'), re.findall(r'(?:)', 'ab'))
print([m.span() for m in re.finditer(r'\B', 'abc')], re.subn(r'$', '!', 'a\nb\n'), re.subn(r'(?m)$', '!', 'a\nb\n'))
print(re.sub('(?:)', '.', 'abc', count=2), re.sub(r'a|(?=c)', '_', 'abc'))
