import re

print(re.findall(r'(?i)abc', 'ABC abc AbC aBd'))
print(re.match(r'(?i)[a-c]+', 'AbCd'), re.match(r'(?i)[^a-c]+', 'xyzA'))
print(re.findall(r'(?ia)[k]', 'kK\u212a'), re.findall(r'(?i)[k]', 'kK\u212a'))
print(re.match(rb'(?i)HELLO', b'hello'), re.match(rb'(?i)[A-Z]+', b'abcXYZ'))
print(re.sub(r'(?i)x', '-', 'xXyY'), re.findall(r'(?i)a{2}', 'aAAa'))
print(re.match(r'(?i)\x41', 'a'), re.match(r'(?i)\u00c0', '\u00e0'))
print(re.compile('a', re.IGNORECASE).pattern, re.compile('a', re.IGNORECASE).flags)
