import re

print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaaa'), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'a*+a', 'aaa'), re.match(r'a++b', 'aab'), re.match(r'a?+a', 'a'), re.match(r'a{1,2}+a', 'aaa'))
print(re.findall(r'\d++', '12 345 6'), re.findall(r'(?:ab)*+', 'ababa'))
print(re.match(r'(?:a|b)*+c', 'ababc'), re.match(r'(?:a|ab)*+b', 'aab'))
print(re.match(r'(?>(a)+)', 'aaa').groups(), re.match(r'((?>x|xy)z)?', 'xyz').groups())
print(re.fullmatch(r'(?>.*)', 'abc'), re.fullmatch(r'(?>.*).', 'abc'))
print(re.match(r'(a)*+', 'aa').group(1), re.match(r'(?:(a)|b)++', 'ab').groups())
print(re.search(r'(?>\w+)(?<=x)', 'abx yz'))
for bad in [r'a**', r'a*++', r'(?>', r'a{2}{3}']:
    try:
        re.compile(bad)
        print('ok', bad)
    except re.error as e:
        print(repr(bad), e)
