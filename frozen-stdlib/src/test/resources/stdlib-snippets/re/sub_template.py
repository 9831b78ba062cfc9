import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<a>\d)', r'<\g<a>>', 'a1b2'))
print(re.sub(r'(\d)', r'\g<1>0', 'a1b2'))
print(re.sub(r'\d', r'\g<0>\g<0>', 'a1b2'))
print(repr(re.sub(r'-', r'\n\t\\', 'a-b')))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub('a', 'x', 'banana', count=2), re.sub('a', 'x', 'banana', 0), re.sub('a', 'x', 'banana', -1))
print(re.subn(r'\s+', ' ', 'a  b   c'), re.subn('q', 'x', 'abc'))
print(re.compile('o').sub('0', 'foo boo', 3))
print(re.sub(b'(b)', br'[\1]', b'abc'), re.sub(b'b', b'\\\\', b'abc'))
print(re.sub('(?i)B', 'x', 'aBb'))
print(re.sub('', '-', 'abc'))
