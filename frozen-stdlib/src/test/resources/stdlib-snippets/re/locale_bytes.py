import re

print(re.findall(rb'(?L)\w+', b'abc \xe9t\xe9 123'))
print(re.match(rb'(?Li)abc', b'ABC'), re.match(rb'(?Li)[a-z]+', b'XyZ'))
print(re.findall(rb'(?L)\bx', b'x ax x'))
print(re.compile(rb'\w', re.L))
print(re.match(rb'(?Li)(a)\1', b'aA'))
print(re.match(rb'(?L)[^\W\d]+', b'ab1'))
