import re

s = 'naïve café 123 ٣٤ _x'
print(re.findall(r'\w+', s), re.findall(r'(?a)\w+', s))
print(re.findall(r'\d', s), re.findall(r'(?a)\d', s))
print(re.findall(r'\s', 'a\u00a0b\u2003c d'), re.findall(r'(?a)\s', 'a\u00a0b\u2003c d'))
print(re.findall(r'\b\w', 'été ok'), re.findall(r'(?a)\b\w', 'été ok'))
print(re.findall(r'\W+', s), re.findall(r'(?a)\W+', s))
print(re.compile(r'\w', re.ASCII), re.compile(r'(?a)\w').flags)
print(re.findall(r'(?ai)k', 'K\u212ak'), re.findall(r'(?ui)k', 'K\u212ak'))
