import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\d)(\w)', 'a1b2c3d'))
print(re.findall(r'(\d)', 'a1b2'))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall(r'', 'abc'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'\b', 'ab cd'))
print(re.findall(r'(?:ab)+', 'ababxab'))
print(re.findall(b'[0-9]', b'a1b2'))
print(re.findall(r'(\w+)=(\d+)?', 'a=1 b= c=3'))
print(re.compile(r'\w').findall('abcdef', 2, 4))
