import re

print(re.match(r'(a|b)*', 'abba').groups(), re.match(r'((a)|b)+', 'ab').groups(), re.match(r'((a)|b)+', 'ba').groups())
print(re.match(r'(?:(a)|(b))*', 'ab').groups(), re.match(r'(?:(a)|(b))*', 'ba').groups())
print(re.match(r'(a(b)?)+', 'aba').groups(), re.match(r'(a(b)?)+', 'aab').groups())
print(re.match(r'((\w)(\d))*', 'a1b2c').groups(), re.match(r'(?:(x)|y)*?z', 'xyz').groups())
print(re.match(r'(a*)*', 'aa').groups(), re.match(r'(a*)+', 'aa').groups(), re.match(r'(a|)*', 'aa').groups())
print(re.match(r'(?:()|a)*', 'aa').span(), re.match(r'(a?)*?b', 'aab').groups())
print(re.match(r'((a)|(b))*c', 'abac').groups(), re.match(r'(?:(a)|b)*?c', 'abc').groups())
print(re.match(r'(?:(\w)(?=(\w)))+', 'abcd').groups())
print(re.match(r'(?:a(?:b(c)?)*)+', 'abcab').groups())
