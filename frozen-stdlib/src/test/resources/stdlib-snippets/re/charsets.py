import re

s = 'abc-ABC_123 [x]^\\'
for pat in [r'[a-c]', r'[^a-c]', r'[-a]', r'[a-]', r'[\]]', r'[\\]', r'[\^x]', r'[^^]', r'[\w-]', r'[\d\-_]', r'[]x]', r'[.]', r'[\x41-\x43]', r'[\101]']:
    print(pat, re.findall(pat, s))
print(re.findall(r'[à-ÿ]+', 'voilà çà et là ÿ'), re.findall(r'[\u0400-\u04ff]+', 'abc привет ok'))
print(re.findall(r'[\U0001f600-\U0001f64f]', 'hi \U0001f600 \U0001f64f \U0001f650'))
big = '[' + ''.join(chr(c) for c in range(0x100, 0x600, 3)) + ']'
print(len(re.findall(big, ''.join(chr(c) for c in range(0x100, 0x600)))))
print(re.findall(r'[^\x00-\x7f]', 'aé中b'), re.findall(r'[\s\S]', 'a\n'), re.findall(r'[^\D]', 'a1٢'))
print(re.findall(r'(?i)[^a-z]', 'aBc1D'), re.findall(r'(?i)[\u0100-\u017f]', 'ĀāŁłx'))
for bad in [r'[a', r'[z-a]', r'[\w-z]', r'[a-\d]', r'[]', r'[^]']:
    try:
        re.compile(bad)
        print('ok', bad)
    except re.error as e:
        print(repr(bad), e)
