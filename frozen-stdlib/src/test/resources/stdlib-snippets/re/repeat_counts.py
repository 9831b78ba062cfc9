import re

for pat in [r'a{3}', r'a{2,}', r'a{,2}', r'a{1,3}', r'a{0}', r'a{0,0}b', r'(?:ab){2}', r'a{3,2}' if False else r'a{2,2}', r'x{1,}y', r'a{,}']:
    print(pat, re.findall(pat, 'aaaaa ab abab xxy'))
print(re.match(r'(\d{2}){3}', '123456').groups(), re.match(r'(a|b){2,3}', 'abab').group(0, 1))
print(re.match(r'a{65535}', 'a' * 65535) is not None, re.match(r'a{100000,}', 'a' * 99999))
print(re.match(r'(?:a{2}){2}', 'aaaa'), re.match(r'{', '{'), re.match(r'a{b', 'a{b'), re.match(r'a{1,b}', 'a{1,b}'))
for bad in [r'a{3,2}', r'a{4294967296}', r'{1,2}', r'a{1}{2}']:
    try:
        re.compile(bad)
        print('ok', bad)
    except (re.error, OverflowError) as e:
        print(type(e).__name__, repr(bad), e)
