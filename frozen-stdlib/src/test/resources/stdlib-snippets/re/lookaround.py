import re

print(re.findall(r'\w+(?=,)', 'a, bc, d'))
print(re.findall(r'\w+(?!,)\b', 'a, bc, d'))
print(re.findall(r'(?<=\$)\d+', 'cost $12 and $345'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $12 and 345'))
print(re.search(r'(?<=ab)c', 'abc'), re.search(r'(?<=ab)c', 'xbc'), re.search(r'(?<!ab)c', 'abc'))
print(re.match(r'(?=(\w+))\w', 'hello').groups(), re.match(r'(?!(a))\w', 'b').groups())
print(re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?<=(?P<p>a|b))c', 'bc').group('p'))
print(re.sub(r'(?<=a)(?=b)', '-', 'abab'))
print(re.findall(r'(?=(aa))', 'aaaa'))
try:
    re.compile(r'(?<=a+)b')
except re.error as e:
    print(type(e).__name__, e)
try:
    re.compile(r'(?<=(a)|bc)d')
except re.error as e:
    print(type(e).__name__, e)
