import re

s = 'first line\nsecond line\r\nthird\n'
print(re.findall(r'^\w+', s), re.findall(r'(?m)^\w+', s))
print(re.findall(r'\w+$', s), re.findall(r'(?m)\w+$', s))
print(re.findall(r'.+', s), re.findall(r'(?s).+', s))
print(re.search(r'line.second', s), re.search(r'(?s)line.second', s))
print(re.findall(r'(?m)$', 'a\nb\n'), re.findall(r'$', 'a\nb\n'))
print(re.findall(r'(?m)^', 'a\nb\n'), re.findall(r'\A\w|\w\Z', 'ab\ncd'))
print(re.compile('x', re.M | re.S))
print(re.findall(r'(?ms)^a.*?$', 'ab\nac\nb'))
