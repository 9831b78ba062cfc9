import re

s = '<a><b></b></a>'
print(re.findall(r'<.*>', s), re.findall(r'<.*?>', s))
print(re.match(r'a+?', 'aaa'), re.match(r'a*?b', 'aaab'), re.match(r'a??', 'a'), re.match(r'a{2,3}?', 'aaaa'))
print(re.match(r'(a+?)(a*)', 'aaaa').groups(), re.match(r'(a{2,}?)(a*)$', 'aaaaa').groups())
print(re.match(r'(?:ab)*?c', 'ababc'), re.match(r'(ab|a)*?b', 'aab').groups())
print(re.search(r'x.*?y', 'x1y2y'), re.search(r'x.+?y', 'xyxy'))
print(re.match(r'(a|b)*?$', 'abba').groups(), re.match(r'(?s)(.*?)\n', 'ab\ncd\n').group(1))
print(re.findall(r'\w{1,3}?', 'abcdefg'), re.match(r'(?:a{0,2}?){3}b', 'aab'))
