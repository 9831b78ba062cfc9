import re

tests = [
    lambda: re.sub('a', lambda m: 1, 'a'),
    lambda: re.sub('a', lambda m: b'x', 'a'),
    lambda: re.sub(b'a', lambda m: 'x', b'a'),
    lambda: re.sub('a', 1, 'a'),
    lambda: re.sub('(a)', r'\2', 'a'),
    lambda: re.sub('(a)', r'\g<x>', 'a'),
    lambda: re.sub('(a)', r'\g<1', 'a'),
    lambda: re.sub('(a)', r'\g<-1>', 'a'),
    lambda: re.sub('a', b'x', 'a'),
    lambda: re.sub(b'a', 'x', b'a'),
    lambda: re.sub('a', 'x', b'a'),
    lambda: re.sub('a', r'\q', 'a'),
    lambda: re.sub('a', '\\', 'a'),
    lambda: re.sub('a', 'x', 'a', count='1'),
    lambda: re.subn('a', lambda m: None, 'aba'),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
