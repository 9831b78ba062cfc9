import re

s = 'ab' * 50000
m = re.match(r'(a|b)*', s)
print(m.span(), m.group(1))
print(re.match(r'(?:a|b)*?$', s).end(), re.match(r'(ab)*c', s + 'c').span(1))
print(len(re.findall(r'a', s)), len(re.findall(r'(a)(b)', s)), re.search(r'x|(bb)', s))
print(re.fullmatch(r'(?:(a)|b)+', s).group(1), re.match(r'((a)|(b))+', s).groups())
print(len(re.split(r'b', s)), len(re.sub(r'a', '', s)))
t = 'x' * 100000 + 'y'
print(re.search(r'x*y', t).span(), re.search(r'(x+x+)+z', 'x' * 12), re.match(r'.*?y', t).end())
p = '(' * 100 + 'a' + ')' * 100
print(re.match(p, 'a').span(99), re.compile(p).groups)
print(re.match(r'(?:a(?=b)|b)*', s).end(), re.match(r'(?>(?:ab)*)', s).end())
