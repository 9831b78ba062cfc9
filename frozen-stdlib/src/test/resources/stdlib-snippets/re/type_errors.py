import re

tests = [
    lambda: re.match('a', b'a'),
    lambda: re.match(b'a', 'a'),
    lambda: re.match('a', 1),
    lambda: re.match('a', None),
    lambda: re.compile('a').search(['a']),
    lambda: re.compile(1),
    lambda: re.compile('a', re.L),
    lambda: re.compile(b'a', re.A | re.L),
    lambda: re.compile(re.compile('a'), re.I),
    lambda: re.compile('a').match(),
    lambda: re.compile('a').search('a', 0, 1, 2),
    lambda: re.findall(b'a', 'a'),
    lambda: re.split('a', b'a'),
    lambda: re.compile(b'a', re.U),
    lambda: re.compile('a', re.A | re.U),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile(re.compile('a')) is re.compile('a'))
