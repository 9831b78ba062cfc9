import re

for pat, s in [(r'a+', 'aaab'), (r'a+', 'baaa'), (r'b', 'abc'), (r'', ''), (r'x?', 'abc'), (r'\d+', 'abc123def')]:
    print(repr(pat), repr(s), re.match(pat, s), re.search(pat, s), re.fullmatch(pat, s))
p = re.compile(r'(\w+) (\w+)')
m = p.match('hello world again')
print(m.group(), m.group(1), m.group(2), m.group(0, 2, 1))
print(p.search('  !! hi there') is not None, p.fullmatch('hi there'), p.fullmatch('hi there!'))
print(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'a*?', 'aaa'), re.fullmatch(r'(?:a|ab)(?:c|bcd)', 'abcd'))
print(re.search(r'^abc', 'xabc'), re.search(r'abc$', 'abc\n'), re.search(r'abc\Z', 'abc\n'))
