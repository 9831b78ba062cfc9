import re

print(re.split(r',', 'a,b,,c,'))
print(re.split(r'(,)', 'a,b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\s+', '  lead and trail  '))
print(re.split(r'x*', 'axbc'))
print(re.split(r'', 'abc'))
print(re.split(r'\b', 'one two'))
print(re.split(r'(?=b)', 'abab'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r',', 'a,b,c', 1), re.split(',', 'a,b', -1))
print(re.split(b'-', b'x-y-z'), re.split(r'z', 'abc'), re.split(r'a', ''))
print(re.compile(r'\d').split('a1b2c3', maxsplit=0))
