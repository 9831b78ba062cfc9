import re

s = 'one two,three  four.'
print(re.findall(r'\b\w', s), re.findall(r'\w\b', s), re.findall(r'\B\w', s)[:5])
print(re.findall(r'\b', ''), re.findall(r'\B', ''), re.findall(r'\B', 'ab'), re.findall(r'\b', 'a'))
print(re.search(r'\Aone', s), re.search(r'\Atwo', s), re.search(r'four.\Z', s), re.search(r'four\Z', s))
print(re.findall(r'\bé\w*', 'été était'), re.findall(r'(?a)\b\w+\b', 'été était'))
print(re.match(r'\B', 'a b'), re.search(r'\B', ' b'))
print(re.findall(rb'\b\w', b'ab cd'), re.search(r'$', 'abc\n').span(), re.search(r'\Z', 'abc\n').span())
