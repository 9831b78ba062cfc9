import re

for pat in [r'a|ab|abc', r'(?:a|ab)(?:c|bcd)?', r'a*?', r'a+?b*?', r'(a)|b', r'x*', r'', r'a|', r'(?:a|b)+?']:
    for s in ['', 'a', 'ab', 'abc', 'abcd', 'b', 'aab']:
        m = re.fullmatch(pat, s)
        print(pat, repr(s), m.span() if m else None, m.groups() if m else None)
print(re.compile('a+').fullmatch('xaaay', 1, 4), re.compile('a+$').fullmatch('aa\n'))
